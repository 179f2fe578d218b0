import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type TestApp } from '../../../test/support/app.ts';
import { prepareFirstRun } from './service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('first run', () => {
  it('creates the first administrator once, with the latest one-time link only', async () => {
    expect((await t.client().get('/api/setup/status')).json()).toEqual({ needed: true });
    const old = await prepareFirstRun(t.db, t.config.PUBLIC_URL);
    const link = await prepareFirstRun(t.db, t.config.PUBLIC_URL);
    expect(link).toMatch(/^http:\/\/localhost:3000\/setup\/[\w-]{40,}$/);
    const body = { name: 'Første Admin', email: 'admin@example.test', password: PASSWORD };
    const stale = await t.client().post('/api/setup', { ...body, token: old!.split('/').pop() });
    expect(stale.json().error.code).toBe('setup_not_available');
    const res = await t.client().post('/api/setup', { ...body, token: link!.split('/').pop() });
    expect(res.statusCode).toBe(201);
    expect((await t.client().get('/api/setup/status')).json()).toEqual({ needed: false });
    expect(await prepareFirstRun(t.db, t.config.PUBLIC_URL)).toBeNull();
    const again = await t.client().post('/api/setup', { ...body, email: 'second@example.test', token: link!.split('/').pop() });
    expect(again.statusCode).toBe(404);
    const login = await t.client().post('/api/auth/login', { email: 'admin@example.test', password: PASSWORD });
    expect(login.json()).toEqual({ stage: 'totp_setup_required' });
  });
});

describe('operations endpoints', () => {
  it('serves health, readiness and the OpenAPI spec', async () => {
    expect((await t.client().get('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.client().get('/readyz')).json()).toEqual({ status: 'ready' });
    const spec = (await t.client().get('/api/openapi.json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/programmes/{programmeId}/invitations', '/api/audit']),
    );
    expect((await t.client().get('/api/docs/')).statusCode).toBe(200);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.client().get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});
