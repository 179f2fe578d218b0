import path from 'node:path';
import { sql } from 'kysely';
import { openPglite } from '../../../db/database.ts';
import { migrate } from '../../../db/migrate.ts';
import { asSystem } from '../../../db/tenant.ts';
import { hashToken, newToken, SecretBox } from '../../../server/lib/crypto.ts';
import { hashPassword } from '../../../server/modules/auth/passwords.ts';
import { newTotpSecret } from '../../../server/modules/auth/totp.ts';
import { PASSWORD } from '../../support/app.ts';
import { TEST_ENCRYPTION_KEY } from '../../support/env.ts';
import { freePort, startProcess, type Started } from '../../support/process.ts';

/**
 * The embedded server for the crash trials: `node server/main.ts` on PGlite in a data directory,
 * as `npm start` runs it (without the web build, which the API does not need), killed with SIGKILL
 * and started again on the same directory.
 */

/** Every start believes it is this origin, so one session cookie and Origin serve all of them. */
export const CRASH_PUBLIC_URL = 'http://localhost:3000';

/**
 * Prepares the data directory before the first start, in this process (no server holds it yet):
 * migrated, with a programme, a site and a coordinator whose session is already past two-factor.
 * With a user present the server prints no first-run setup link.
 */
export async function seedDataDir(dataDir: string) {
  const database = await openPglite({ dataDir: path.join(dataDir, 'pg') });
  try {
    await migrate(database.db);
    const token = newToken();
    const ids = await asSystem(database.db, async (trx) => {
      const programme = await trx
        .insertInto('programmes')
        .values({ name: 'Jobplaneten Nedbrud', starts_on: '2026-01-01', ends_on: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      const site = await trx
        .insertInto('sites')
        .values({ programme_id: programme.id, name: 'Ellemarken', address: 'Ellemarksvej 1', postal_code: '4600' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const user = await trx
        .insertInto('users')
        .values({
          email: 'koordinator@example.test',
          name: 'Kim Koordinator',
          password_hash: await hashPassword(PASSWORD),
          is_platform_admin: false,
          // Coordinators must have two-factor set up; the session below is already past it.
          totp_secret_enc: new SecretBox(TEST_ENCRYPTION_KEY).seal(newTotpSecret()),
          totp_enabled: true,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('memberships')
        .values({ user_id: user.id, programme_id: programme.id, role: 'coordinator', organisation_id: null })
        .execute();
      await trx
        .insertInto('sessions')
        .values({
          id: hashToken(token),
          user_id: user.id,
          expires_at: sql<Date>`now() + interval '1 hour'`,
          mfa_verified: true,
          ip: '127.0.0.1',
          user_agent: 'attack',
        })
        .execute();
      return { programmeId: programme.id, siteId: site.id };
    });
    return { ...ids, cookie: `jobbro_session=${token}` };
  } finally {
    await database.close();
  }
}

/** Starts the embedded server on the data directory and a fresh port; logs at info, as an operator runs it. */
export async function startEmbedded(dataDir: string): Promise<Started & { base: string }> {
  const port = await freePort();
  const started = await startProcess('server/main.ts', {
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: CRASH_PUBLIC_URL,
    ENCRYPTION_KEY: TEST_ENCRYPTION_KEY.toString('base64'),
    LOG_LEVEL: 'info',
    JOBS_ENABLED: 'false',
  });
  if (!started.output().includes('Jobbro is running at')) throw new Error(`embedded server did not start:\n${started.output()}`);
  return { ...started, base: `http://127.0.0.1:${port}` };
}

/** What the data directory holds about the programme's participants, read directly after the server stopped. */
export async function inspectDataDir(dataDir: string, programmeId: string) {
  const database = await openPglite({ dataDir: path.join(dataDir, 'pg') });
  try {
    return await asSystem(database.db, async (trx) => {
      const participants = await trx.selectFrom('participants').select('id').where('programme_id', '=', programmeId).execute();
      const intakes = await trx
        .selectFrom('ladder_events')
        .select('participant_id')
        .where('programme_id', '=', programmeId)
        .where('reason', '=', 'intake')
        .execute();
      const audited = await trx
        .selectFrom('audit_events')
        .select('subject_id')
        .where('programme_id', '=', programmeId)
        .where('subject_type', '=', 'participant')
        .where('action', '=', 'create')
        .execute();
      return {
        participants: new Set(participants.map((r) => r.id)),
        intakes: intakes.map((r) => r.participant_id),
        audited: audited.map((r) => r.subject_id ?? ''),
      };
    });
  } finally {
    await database.close();
  }
}
