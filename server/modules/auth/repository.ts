import { sql, type Insertable } from 'kysely';
import type { UsersTable } from '../../../db/schema.ts';
import type { Tx } from '../../../db/tenant.ts';
import { deleteFinishedJobs } from '../../lib/jobs.ts';
import type { Membership } from '../../http/context.ts';
import type { Role } from '../../../shared/domain/access/roles.ts';

export function findUserByEmail(trx: Tx, email: string) {
  return trx
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

/** Login accepts an e-mail or a portal login name (usernames never contain '@'). */
export function findUserByLogin(trx: Tx, login: string) {
  const value = login.toLowerCase();
  if (value.includes('@')) return findUserByEmail(trx, value);
  return trx.selectFrom('users').selectAll().where('username', '=', value).executeTakeFirst();
}

export function findUserById(trx: Tx, id: string) {
  return trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}
export type UserRow = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

export async function membershipsOf(trx: Tx, userId: string): Promise<Membership[]> {
  const rows = await trx
    .selectFrom('memberships as m')
    .innerJoin('programmes as p', 'p.id', 'm.programme_id')
    .select(['m.programme_id', 'p.name', 'm.role', 'm.organisation_id'])
    .where('m.user_id', '=', userId)
    .orderBy('p.name')
    .execute();
  return rows.map((r) => ({ programmeId: r.programme_id, programmeName: r.name, role: r.role as Role, organisationId: r.organisation_id }));
}

/** The latest lock in force on the login for any of the sources (see throttle.ts), or null. */
export async function loginLockedUntil(trx: Tx, loginHash: string, sources: string[]): Promise<Date | null> {
  const row = await trx
    .selectFrom('login_failures')
    .select('locked_until')
    .where('login_hash', '=', loginHash)
    .where('source', 'in', sources)
    .where('locked_until', '>', sql<Date>`now()`)
    .orderBy('locked_until', 'desc')
    .executeTakeFirst();
  return row?.locked_until ?? null;
}

/** Counts one failed password check; a count whose last failure is older than `forgetAfterHours` starts again. */
export async function countLoginFailure(trx: Tx, loginHash: string, source: string, forgetAfterHours: number): Promise<number> {
  const row = await trx
    .insertInto('login_failures')
    .values({ login_hash: loginHash, source, failures: 1, last_failed_at: sql`now()` })
    .onConflict((oc) =>
      oc.columns(['login_hash', 'source']).doUpdateSet({
        failures: sql`CASE WHEN login_failures.last_failed_at < now() - make_interval(hours => ${forgetAfterHours}::int)
                      THEN 1 ELSE login_failures.failures + 1 END`,
        last_failed_at: sql`now()`,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return row.failures;
}

export async function lockLogin(trx: Tx, loginHash: string, source: string, minutes: number): Promise<Date> {
  const row = await trx
    .updateTable('login_failures')
    .set({ locked_until: sql`now() + make_interval(mins => ${minutes}::int)` })
    .where((eb) => eb.and({ login_hash: loginHash, source }))
    .returning('locked_until')
    .executeTakeFirstOrThrow();
  return row.locked_until!;
}

/** Forgets failures: of one source after it got the password right, or of every source after a password reset. */
export async function clearLoginFailures(trx: Tx, loginHashes: string[], source?: string) {
  if (loginHashes.length === 0) return;
  let q = trx.deleteFrom('login_failures').where('login_hash', 'in', loginHashes);
  if (source !== undefined) q = q.where('source', '=', source);
  await q.execute();
}

export function createSession(
  trx: Tx,
  s: { id: string; userId: string; expiresAt: Date; ip: string; userAgent: string | null; mfaVerified: boolean },
) {
  return trx
    .insertInto('sessions')
    .values({ id: s.id, user_id: s.userId, expires_at: s.expiresAt, ip: s.ip, user_agent: s.userAgent, mfa_verified: s.mfaVerified })
    .execute();
}

/** A session is alive until its absolute expiry and while it has been used within the idle limit. */
export function findLiveSession(trx: Tx, id: string, idleMinutes: number) {
  return trx
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.user_id', 's.mfa_verified', 's.last_seen_at'])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('s.last_seen_at', '>', sql<Date>`now() - make_interval(mins => ${idleMinutes}::int)`)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
}

export function touchSession(trx: Tx, id: string) {
  return trx
    .updateTable('sessions')
    .set({ last_seen_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/**
 * The second factor turns a pending session into a full one under a new id (the hash of a new token),
 * so a token seen before the TOTP step (a fixed or leaked pending cookie) is worth nothing after it.
 * The session keeps its absolute expiry, counted from the password step.
 */
export async function rotateVerifiedSession(trx: Tx, id: string, newId: string) {
  const r = await trx.updateTable('sessions').set({ id: newId, mfa_verified: true }).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function deleteSession(trx: Tx, id: string) {
  return trx.deleteFrom('sessions').where('id', '=', id).execute();
}

export function deleteSessionsOfUser(trx: Tx, userId: string) {
  return trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export function insertOneTimeToken(
  trx: Tx,
  t: { hash: string; purpose: 'setup' | 'password_reset'; userId: string | null; expiresAt: Date },
) {
  return trx
    .insertInto('one_time_tokens')
    .values({ token_hash: t.hash, purpose: t.purpose, user_id: t.userId, expires_at: t.expiresAt })
    .execute();
}

/** Claims a token once: a second use, or an expired token, finds nothing. */
export function consumeOneTimeToken(trx: Tx, hash: string, purpose: 'setup' | 'password_reset') {
  return trx
    .updateTable('one_time_tokens')
    .set({ used_at: sql`now()` })
    .where('token_hash', '=', hash)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .returning(['user_id'])
    .executeTakeFirst();
}

export function deleteExpired(trx: Tx) {
  return Promise.all([
    trx
      .deleteFrom('sessions')
      .where('expires_at', '<', sql<Date>`now()`)
      .execute(),
    trx
      .deleteFrom('one_time_tokens')
      .where('expires_at', '<', sql<Date>`now() - interval '1 day'`)
      .execute(),
    trx
      .deleteFrom('rate_limits')
      .where('window_start', '<', sql<Date>`now() - interval '1 day'`)
      .execute(),
    // Older failures are forgotten anyway (throttle.ts), and no lock outlasts a day.
    trx
      .deleteFrom('login_failures')
      .where('last_failed_at', '<', sql<Date>`now() - interval '2 days'`)
      .execute(),
    deleteFinishedJobs(trx),
  ]);
}

/** A new account. Invitations, the portal and first-run setup create users here: only auth writes users. */
export function insertUser(trx: Tx, values: Insertable<UsersTable>) {
  return trx.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow();
}

/** First-run setup voids earlier setup links before printing a new one. */
export function deleteSetupTokens(trx: Tx) {
  return trx.deleteFrom('one_time_tokens').where('purpose', '=', 'setup').execute();
}

/** Scheduled clean-up of a portal account whose last link went: disable it and drop what identifies it. */
export async function scrubPortalUser(trx: Tx, userId: string, marker: string): Promise<boolean> {
  const left = await trx.selectFrom('memberships').select('id').where('user_id', '=', userId).executeTakeFirst();
  if (left) return false;
  await trx
    .updateTable('users')
    .set({
      name: marker,
      email: '',
      username: `deleted-${userId.slice(0, 8)}`,
      password_hash: null,
      disabled_at: new Date(),
      updated_at: new Date(),
    })
    .where('id', '=', userId)
    .where('is_platform_admin', '=', false)
    .execute();
  await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
  return true;
}

/** Remembers the last TOTP time step used, so the same code cannot be replayed. */
export function setTotpLastStep(trx: Tx, userId: string, step: number) {
  return trx.updateTable('users').set({ totp_last_step: step }).where('id', '=', userId).execute();
}

/** Stores a new (sealed) TOTP secret during enrolment; it takes effect once a code confirms it. */
export function setTotpSecret(trx: Tx, userId: string, sealed: string) {
  return trx.updateTable('users').set({ totp_secret_enc: sealed }).where('id', '=', userId).execute();
}

export function enableTotp(trx: Tx, userId: string) {
  return trx.updateTable('users').set({ totp_enabled: true, updated_at: new Date() }).where('id', '=', userId).execute();
}

export function resetPassword(trx: Tx, userId: string, passwordHash: string) {
  return trx.updateTable('users').set({ password_hash: passwordHash, updated_at: new Date() }).where('id', '=', userId).execute();
}

export function setLocale(trx: Tx, userId: string, locale: 'da' | 'en') {
  return trx.updateTable('users').set({ locale, updated_at: new Date() }).where('id', '=', userId).execute();
}
