import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.ts';

/** Issue #17: no HSTS behind an https PUBLIC_URL, and no CSP at all on /api/docs. */
let https: TestApp;
let http: TestApp;
beforeAll(async () => {
  https = await createTestApp({ PUBLIC_URL: 'https://jobbro.example.dk' });
  http = await createTestApp();
});
afterAll(async () => {
  await https.close();
  await http.close();
});

describe('security headers', () => {
  it('sends HSTS when PUBLIC_URL is https, and not over plain http', async () => {
    const res = await https.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect((await http.app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
  });

  it('gives Swagger UI at /api/docs a CSP that allows only its own files', async () => {
    for (const url of ['/api/docs', '/api/docs/static/swagger-initializer.js', '/api/docs/json']) {
      const res = await http.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/https?:/);
    }
    // The page itself loads no inline script the policy would have to allow.
    const page = await http.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
