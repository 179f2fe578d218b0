import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { api, createCompany, createWorkplace, openingBody, programmeWithCoordinator, validCvr } from '../modules/companies/fixtures.ts';

/**
 * Issue #17: valid-looking input made PostgreSQL fail with a 500. NUL in text, a lone surrogate (the
 * audit's jsonb refuses it) and year 0000 in a date are refused on every route before its schema.
 */
let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
});
afterAll(() => t.close());

function refused(res: { statusCode: number; json(): any }, issue: { in: string; path: (string | number)[]; code: string }) {
  expect(res.statusCode).toBe(400);
  const body = res.json();
  expect(body.error.code).toBe('input_not_storable');
  expect(body.error.details.issues).toContainEqual(expect.objectContaining(issue));
}

describe('input PostgreSQL cannot store', () => {
  it('refuses a NUL character in any text with input_not_storable', async () => {
    const res = await env.c.post(api.companies(env.p.id), { cvr: validCvr(), name: 'Bageri\u0000et', industry: 'Bageri' });
    refused(res, { in: 'body', path: ['name'], code: 'nul_character' });
  });

  it('refuses a lone UTF-16 surrogate, which would break the audit trail', async () => {
    const company = await createCompany(env.c, env.p.id);
    const res = await env.c.post(api.workplaces(env.p.id), {
      organisationId: company.organisationId,
      name: 'Butik \uD800ken',
      address: 'Torvet 1',
      postalCode: '4600',
    });
    refused(res, { in: 'body', path: ['name'], code: 'lone_surrogate' });
  });

  it('refuses year 0000 (and any year outside 1900–2999) in a date', async () => {
    const company = await createCompany(env.c, env.p.id);
    const workplace = await createWorkplace(env.c, env.p.id, company.organisationId);
    for (const startsOn of ['0000-01-01', '1899-12-31', '3000-01-01']) {
      const res = await env.c.post(api.openings(env.p.id), openingBody(workplace.id, { startsOn }));
      refused(res, { in: 'body', path: ['startsOn'], code: 'year_out_of_range' });
    }
    const ok = await env.c.post(api.openings(env.p.id), openingBody(workplace.id, { startsOn: '2026-09-01' }));
    expect(ok.statusCode).toBe(201);
  });

  it('checks the query string and path parameters too', async () => {
    refused(await env.c.get(`${api.companies(env.p.id)}?q=a%00b`), { in: 'querystring', path: ['q'], code: 'nul_character' });
    refused(await env.c.get(`/api/programmes/${env.p.id}/activities?from=0000-01-01`), {
      in: 'querystring',
      path: ['from'],
      code: 'year_out_of_range',
    });
    refused(await env.c.get(`/api/programmes/a%00b`), { in: 'params', path: ['programmeId'], code: 'nul_character' });
  });
});
