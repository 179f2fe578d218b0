import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has working defaults for the embedded two-command start', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      PUBLIC_URL: 'http://localhost:3000',
      cookieSecure: false,
      AUDIT_RETENTION_DAYS: 183,
    });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('uses __Host- cookies when served over HTTPS', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://jobbro.example.dk/' })).toMatchObject({
      PUBLIC_URL: 'https://jobbro.example.dk',
      cookieSecure: true,
    });
  });

  it('names every bad variable, what it expected and what it got', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', TRUST_PROXY: 'maybe', ENCRYPTION_KEY: 'c2hvcnQ=' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toContain('PORT: expected a whole number (got "abc")');
    expect(message).toContain('DATABASE_URL: expected a postgres:// or postgresql:// URL (got "mysql://x")');
    expect(message).toContain('TRUST_PROXY: expected true or false (got "maybe")');
    expect(message).toContain('ENCRYPTION_KEY: expected 32 bytes');
  });

  it('requires an encryption key in production with PostgreSQL', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' })).toThrow(/ENCRYPTION_KEY: required/);
  });
});
