import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { withDatabase } from '../../support/global-db.ts';
import { PUBLIC_URL, type TestApp, type TestClient } from '../../support/app.ts';
import { TEST_ENCRYPTION_KEY } from '../../support/env.ts';
import { freePort, startProcess, type Started } from '../../support/process.ts';

/** One answer of a raced request, as a client saw it over the socket. */
export interface Answer {
  status: number;
  json: any;
  /** Which of the two servers answered (0 or 1). */
  server: number;
}

/** A request of a race: the client whose session it carries, and what it sends. */
export interface RaceRequest {
  client: TestClient;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
}

/**
 * Two real app servers (`node server/main.ts`, each its own process, pool and event loop) on the
 * test app's PostgreSQL database, so simultaneous requests really meet in the database rather than
 * queueing on one Node process. Both believe they are `PUBLIC_URL`, as two instances behind one
 * load balancer do, so the sessions and the Origin a test client carries are good on both.
 */
export async function startRaceServers(t: TestApp, count = 2) {
  const { name } = (await sql<{ name: string }>`select current_database() as name`.execute(t.db)).rows[0]!;
  const url = withDatabase(inject('testAdminUrl'), name);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-race-'));
  const servers: Array<Started & { base: string }> = [];
  try {
    await Promise.all(
      Array.from({ length: count }, async () => {
        const port = await freePort();
        const started = await startProcess('server/main.ts', {
          DATABASE_URL: url,
          HOST: '127.0.0.1',
          PORT: String(port),
          PUBLIC_URL,
          DATA_DIR: dataDir,
          ENCRYPTION_KEY: TEST_ENCRYPTION_KEY.toString('base64'),
          // Info level logs every request: the log scan reads what an operator's log would hold.
          LOG_LEVEL: 'info',
          JOBS_ENABLED: 'false',
          NODE_ENV: 'test',
        });
        if (!started.output().includes('Jobbro is running at')) throw new Error(`race server did not start:\n${started.output()}`);
        servers.push({ ...started, base: `http://127.0.0.1:${port}` });
      }),
    );
  } catch (err) {
    for (const s of servers) s.child.kill('SIGKILL');
    throw err;
  }

  /** Sends one request to one server with the client's cookies and Origin, as a browser would. */
  async function send(server: number, r: RaceRequest): Promise<Answer> {
    const cookie = [...r.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(servers[server]!.base + r.url, {
      method: r.method,
      headers: {
        ...(r.body === undefined ? {} : { 'content-type': 'application/json' }),
        origin: PUBLIC_URL,
        ...(cookie ? { cookie } : {}),
      },
      body: r.body === undefined ? undefined : JSON.stringify(r.body),
    });
    const text = await res.text();
    return { status: res.status, json: parseBody(text), server };
  }

  let closed = false;
  return {
    /**
     * Fires every request at once, alternating servers, after both have a warm connection: the
     * requests are built first and released together, so they overlap in the database.
     */
    async fire(requests: RaceRequest[]): Promise<Answer[]> {
      return Promise.all(requests.map((r, i) => send(i % servers.length, r)));
    },
    send,
    /** Everything the servers printed (their logs), for the log scan. */
    logs: () => servers.map((s) => s.output()).join('\n'),
    /** Stops both servers (idempotent), so their logs are complete. */
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(
        servers.map(async (s) => {
          s.child.kill('SIGTERM');
          await s.exited;
        }),
      );
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
/** The body as JSON, or as text when it is not JSON (so a test can show what came back). */
function parseBody(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export type RaceServers = Awaited<ReturnType<typeof startRaceServers>>;
