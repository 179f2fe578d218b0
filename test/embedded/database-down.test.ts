import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startProcess } from '../support/process.ts';

/**
 * Issue #17: with DATABASE_URL pointing at a database that is down, the server said "Server
 * listening" and then crashed with a raw ECONNREFUSED stack. It now asks the database first,
 * retries for DATABASE_CONNECT_TIMEOUT_SECONDS, and exits with one line naming DATABASE_URL.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-dbdown-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('starting with the database down', () => {
  it('does not listen, and exits with one clear line naming DATABASE_URL and the cause', async () => {
    const closedPort = await freePort();
    const started = Date.now();
    const server = await startProcess(
      'server/main.ts',
      {
        DATABASE_URL: `postgres://jobbro:hunter2-secret@127.0.0.1:${closedPort}/jobbro`,
        DATABASE_CONNECT_TIMEOUT_SECONDS: '1',
        DATA_DIR: dataDir,
        PORT: String(await freePort()),
        LOG_LEVEL: 'info',
        JOBS_ENABLED: 'false',
      },
      'Server listening',
      30_000,
    );
    const code = await server.exited;
    const out = server.output();
    expect(code).toBe(69);
    expect(out).not.toContain('Server listening');
    expect(out).toContain('DATABASE_URL');
    expect(out).toContain(`127.0.0.1:${closedPort}/jobbro`);
    expect(out).toContain('ECONNREFUSED');
    expect(out).not.toContain('hunter2-secret');
    expect(out).not.toMatch(/^\s+at /m);
    expect(out.trim().split('\n')).toHaveLength(1);
    // It retried (back-off) for about the configured second, not forever.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
