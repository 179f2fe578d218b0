import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { asSystem } from '../db/tenant.ts';
import type { Config } from '../server/config.ts';
import { sessionCookieName } from '../server/http/session-cookie.ts';
import { hashToken, newToken } from '../server/lib/crypto.ts';

export type Api = Awaited<ReturnType<typeof adminApi>>;

/**
 * The rest goes through the real HTTP API as the demo administrator, so demo data passes the same
 * validation and legality checks as what a coordinator types in. The session exists only while
 * seeding.
 */
export async function adminApi(db: Kysely<DB>, app: FastifyInstance, config: Config, adminId: string) {
  const token = newToken();
  await asSystem(db, (trx) =>
    trx
      .insertInto('sessions')
      .values({
        id: hashToken(token),
        user_id: adminId,
        expires_at: sql<Date>`now() + interval '10 minutes'`,
        mfa_verified: true,
        ip: '127.0.0.1',
        user_agent: 'demo-seed',
      })
      .execute(),
  );
  const headers = { cookie: `${sessionCookieName(config)}=${token}`, origin: config.PUBLIC_URL };
  async function call<T>(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<T> {
    const res = await app.inject({ method, url, payload: body as object | undefined, headers });
    if (res.statusCode >= 300) throw new Error(`demo seed: ${method} ${url} answered ${res.statusCode}: ${res.body}`);
    return res.json() as T;
  }
  return {
    get: <T>(url: string) => call<T>('GET', url),
    post: <T = { id: string }>(url: string, body: unknown) => call<T>('POST', url, body),
    put: <T = unknown>(url: string, body: unknown) => call<T>('PUT', url, body),
    close: () => asSystem(db, (trx) => trx.deleteFrom('sessions').where('id', '=', hashToken(token)).execute()),
  };
}
