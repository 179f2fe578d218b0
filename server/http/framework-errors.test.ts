import net from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';

/** Issue #17: Fastify's own refusals answered with its default body; every error now has the API's shape. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function expectShape(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(body.error.code).toMatch(/^[a-z_]+$/);
  expect(typeof body.error.message).toBe('string');
  expect(JSON.stringify(body)).not.toContain('FST_ERR');
}

describe("Fastify's own errors", () => {
  it('answers a URL it cannot decode (FST_ERR_BAD_URL) with bad_request', async () => {
    expectShape(await t.app.inject({ method: 'GET', url: '/api/programmes/%E0%A4%A' }), 400, 'bad_request');
  });

  it('answers an over-long path parameter (FST_ERR_MAX_PARAM_LENGTH) with 414 uri_too_long', async () => {
    expectShape(await t.app.inject({ method: 'GET', url: `/api/programmes/${'a'.repeat(500)}` }), 414, 'uri_too_long');
  });

  it('answers unreadable JSON with bad_request and an unknown content type with unsupported_media_type', async () => {
    const headers = { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' };
    expectShape(await t.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: '{"email":' }), 400, 'bad_request');
    const xml = { 'content-type': 'text/xml', 'sec-fetch-site': 'same-origin' };
    expectShape(
      await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: xml, payload: '<a/>' }),
      415,
      'unsupported_media_type',
    );
  });

  it('answers a request line the HTTP parser rejects with the same shape', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as net.AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      let out = '';
      const socket = net.connect(port, '127.0.0.1', () => socket.write('NOT A REQUEST\r\n\r\n'));
      socket.on('data', (d) => (out += String(d)));
      socket.on('close', () => resolve(out));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1.1 400 /);
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as unknown;
    expect(body).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
  });
});
