import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { asSystem } from '../../db/tenant.ts';
import { hashToken, newToken } from '../../server/lib/crypto.ts';
import { hashPassword } from '../../server/modules/auth/passwords.ts';
import { newTotpSecret } from '../../server/modules/auth/totp.ts';
import { TOTP_REQUIRED_ROLES, type Role } from '../../shared/domain/access/roles.ts';
import { createTestDatabase } from './db.ts';
import { TEST_ENCRYPTION_KEY } from './env.ts';
import { startSmtpServer } from './smtp.ts';

export const PUBLIC_URL = 'http://localhost:3000';
export const PASSWORD = 'correct horse battery staple';

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * The real app on a fresh database with a loopback SMTP server. Jobs do not poll; tests call
 * `drainJobs()` so background work happens at a known point.
 */
export async function createTestApp(env: Record<string, string> = {}) {
  const database = await createTestDatabase();
  const smtp = await startSmtpServer();
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PUBLIC_URL,
    SMTP_URL: smtp.url,
    JOBS_ENABLED: 'false',
    ...env,
  });
  const { app, services } = await buildApp({ config, db: database.db, encryptionKey: TEST_ENCRYPTION_KEY });
  await app.ready();
  const db = database.db;

  const t = {
    app,
    services,
    db,
    driver: database.driver,
    smtp,
    config,
    drainJobs: () => services.jobs.drain(),
    client: (): TestClient => new TestClient(app),

    async createUser(opts: { email?: string; name?: string; platformAdmin?: boolean; totp?: boolean; password?: string } = {}) {
      const secret = (opts.totp ?? opts.platformAdmin) ? newTotpSecret() : null;
      const email = opts.email ?? `user-${newToken().slice(0, 8).toLowerCase()}@example.test`;
      const row = await asSystem(db, async (trx) =>
        trx
          .insertInto('users')
          .values({
            email,
            name: opts.name ?? 'Test Person',
            password_hash: await hashPassword(opts.password ?? PASSWORD),
            is_platform_admin: opts.platformAdmin ?? false,
            totp_secret_enc: secret ? services.secrets.seal(secret) : null,
            totp_enabled: !!secret,
          })
          .returning('id')
          .executeTakeFirstOrThrow(),
      );
      return { id: row.id, email, totpSecret: secret };
    },

    async createProgramme(name = `Programme ${newToken().slice(0, 6)}`) {
      return asSystem(db, (trx) =>
        trx
          .insertInto('programmes')
          .values({ name, starts_on: '2026-01-01', ends_on: null })
          .returning(['id', 'name'])
          .executeTakeFirstOrThrow(),
      );
    },

    async addMembership(userId: string, programmeId: string, role: Role) {
      await asSystem(db, (trx) =>
        trx.insertInto('memberships').values({ user_id: userId, programme_id: programmeId, role, organisation_id: null }).execute(),
      );
    },

    /** A logged-in client without going through the login form (that flow has its own tests). */
    async loginAs(userId: string): Promise<TestClient> {
      const token = newToken();
      await asSystem(db, (trx) =>
        trx
          .insertInto('sessions')
          .values({
            id: hashToken(token),
            user_id: userId,
            expires_at: sql<Date>`now() + interval '1 hour'`,
            mfa_verified: true,
            ip: '127.0.0.1',
            user_agent: 'test',
          })
          .execute(),
      );
      const client = new TestClient(app);
      client.cookies.set(config.cookieSecure ? '__Host-jobbro_session' : 'jobbro_session', token);
      return client;
    },

    /** A user with a role in a programme, already logged in. */
    async member(programmeId: string, role: Role, opts: { email?: string; name?: string } = {}) {
      const user = await t.createUser({ ...opts, totp: TOTP_REQUIRED_ROLES.includes(role) });
      await t.addMembership(user.id, programmeId, role);
      return { ...user, client: await t.loginAs(user.id) };
    },

    async close() {
      await app.close();
      await smtp.close();
      await database.close();
    },
  };
  return t;
}

/** A tiny browser stand-in: keeps cookies and sends the Origin header a browser would. */
export class TestClient {
  readonly cookies = new Map<string, string>();
  #app: FastifyInstance;
  origin: string | null = PUBLIC_URL;

  constructor(app: FastifyInstance) {
    this.#app = app;
  }

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.#app.inject({
      method,
      url,
      payload: body === undefined ? undefined : (body as object),
      headers: { ...(cookie ? { cookie } : {}), ...(this.origin ? { origin: this.origin } : {}), ...headers },
    });
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number }>) {
      if (c.value === '' || c.maxAge === 0) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, undefined, headers);
  }

  post(url: string, body: unknown = {}, headers?: Record<string, string>) {
    return this.request('POST', url, body, headers);
  }
}
