import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('programmes, partners and sites', () => {
  it('lets a platform administrator create organisations and a programme, and become its administrator', async () => {
    const admin = await t.createUser({ platformAdmin: true });
    const c = await t.loginAs(admin.id);
    const bs = (await c.post('/api/organisations', { name: 'Boligselskabet Testhjem', kind: 'housing_association' })).json();
    const kommune = (await c.post('/api/organisations', { name: 'Testby Kommune', kind: 'municipality' })).json();
    const res = await c.post('/api/programmes', {
      name: 'Jobplaneten Testby',
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      partnerOrganisationIds: [bs.id, kommune.id],
    });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p.partners.map((o: { name: string }) => o.name)).toEqual(['Boligselskabet Testhjem', 'Testby Kommune']);
    const site = await c.post(`/api/programmes/${p.id}/sites`, { name: 'Ellemarken', address: 'Ellemarksvej 1', postalCode: '4600' });
    expect(site.statusCode).toBe(201);
    const full = (await c.get(`/api/programmes/${p.id}`)).json();
    expect(full.sites).toEqual([
      { id: site.json().id, programmeId: p.id, name: 'Ellemarken', address: 'Ellemarksvej 1', postalCode: '4600' },
    ]);
    const members = (await c.get(`/api/programmes/${p.id}/members`)).json().members;
    expect(members).toEqual([expect.objectContaining({ userId: admin.id, role: 'administrator' })]);
  });

  it('gives clear errors for bad input and duplicates', async () => {
    const admin = await t.createUser({ platformAdmin: true });
    const c = await t.loginAs(admin.id);
    const bad = await c.post('/api/programmes', { name: '', startsOn: '2026-02-30', endsOn: '2025-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.issues.map((i: { path: string[] }) => i.path.join('.'))
        .sort(),
    ).toEqual(expect.arrayContaining(['name', 'startsOn']));
    const backwards = await c.post('/api/programmes', { name: 'Baglæns', startsOn: '2026-02-01', endsOn: '2025-01-01' });
    expect(backwards.json().error.details.issues).toEqual([expect.objectContaining({ path: ['endsOn'], code: 'end_before_start' })]);
    await c.post('/api/programmes', { name: 'Unik', startsOn: '2026-01-01' });
    const dup = await c.post('/api/programmes', { name: 'Unik', startsOn: '2026-01-01' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'conflict', details: { field: 'name' } });
    const p = (await c.get('/api/programmes')).json().programmes.find((x: { name: string }) => x.name === 'Unik');
    const site = await c.post(`/api/programmes/${p.id}/sites`, { name: 'X', address: 'Y', postalCode: '46000' });
    expect(site.json().error.details.issues[0]).toMatchObject({ path: ['postalCode'], code: 'postal_code_format' });
  });

  it('keeps programme creation to platform administrators and sites to coordinators and administrators', async () => {
    const p = await t.createProgramme();
    const coordinator = await t.member(p.id, 'coordinator');
    expect((await coordinator.client.post('/api/programmes', { name: 'Nope', startsOn: '2026-01-01' })).statusCode).toBe(403);
    expect(
      (await coordinator.client.post(`/api/programmes/${p.id}/sites`, { name: 'A', address: 'B', postalCode: '4600' })).statusCode,
    ).toBe(201);
    const funder = await t.member(p.id, 'funder');
    expect((await funder.client.post(`/api/programmes/${p.id}/sites`, { name: 'C', address: 'B', postalCode: '4600' })).statusCode).toBe(
      403,
    );
    expect((await funder.client.get(`/api/programmes/${p.id}/members`)).statusCode).toBe(403);
    expect((await funder.client.get('/api/organisations')).statusCode).toBe(403);
  });

  it('answers unauthenticated requests with 401', async () => {
    const res = await t.client().get('/api/programmes');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });
});
