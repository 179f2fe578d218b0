import type { Tx } from '../../../db/tenant.ts';
import type { Config } from '../../config.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { systemTx } from '../../lib/access/index.ts';
import { hashToken } from '../../lib/crypto.ts';
import { hit, release, type Slot } from '../../lib/rate-limit.ts';
import { recordAudit } from '../audit/index.ts';
import { verifyPassword } from './passwords.ts';
import * as repo from './repository.ts';

const IP_WINDOW_SECONDS = 15 * 60;
/** The `source` of the per-login row that counts failures from every address together. */
const ALL_SOURCES = '*';
/** A count whose last failure is older than this starts again; longer than any lock, so waiting one out does not reset it. */
const FORGET_AFTER_HOURS = 24;
const PAIR_LOCK_CAP_MINUTES = 12 * 60;
/** The ceiling per login across sources: this many times LOGIN_MAX_FAILURES before it locks… */
const ACCOUNT_CEILING_FACTOR = 4;
/** …and its lock never grows beyond this many times LOGIN_LOCK_MINUTES (one hour by default). */
const ACCOUNT_LOCK_CAP_FACTOR = 4;

export interface LockPolicy {
  threshold: number;
  firstMinutes: number;
  capMinutes: number;
}

/**
 * Exponential back-off: no lock below the threshold, then the first lock, doubled by each further
 * failure (each one made after the previous lock ran out), up to the cap.
 */
export function lockMinutes(failures: number, policy: LockPolicy): number {
  if (failures < policy.threshold) return 0;
  const cap = Math.max(policy.capMinutes, policy.firstMinutes);
  return Math.min(cap, policy.firstMinutes * 2 ** Math.min(failures - policy.threshold, 30));
}

/** The two policies of the scheme described at checkPassword, from LOGIN_MAX_FAILURES and LOGIN_LOCK_MINUTES. */
export function lockPolicies(config: Pick<Config, 'LOGIN_MAX_FAILURES' | 'LOGIN_LOCK_MINUTES'>): { pair: LockPolicy; login: LockPolicy } {
  const first = config.LOGIN_LOCK_MINUTES;
  return {
    pair: { threshold: config.LOGIN_MAX_FAILURES, firstMinutes: first, capMinutes: PAIR_LOCK_CAP_MINUTES },
    login: {
      threshold: config.LOGIN_MAX_FAILURES * ACCOUNT_CEILING_FACTOR,
      firstMinutes: first,
      capMinutes: first * ACCOUNT_LOCK_CAP_FACTOR,
    },
  };
}

/** Counters are keyed by the login as typed, never by the account, so unknown logins are counted like real ones. */
export function loginHash(login: string): string {
  return hashToken(`login:${login.trim().toLowerCase()}`);
}

/**
 * Checks a password for a login (e-mail or login name) behind the limits that every password check
 * shares — the login form and accepting an invitation as an existing user — and returns the user,
 * or throws `rate_limited` (429), `account_locked` (423) or `invalid_credentials` (401).
 *
 * - Per source address: at most LOGIN_RATE_LIMIT_PER_IP failed checks per 15-minute window
 *   (`rate_limits`). Successful checks hand their slot back, so a club behind one address is not
 *   locked out by its own logins.
 * - Per (login, source address): after LOGIN_MAX_FAILURES failures that pair is locked for
 *   LOGIN_LOCK_MINUTES, doubled by each further failure, up to 12 hours. An outsider who guesses at
 *   the administrator locks out only their own address; the administrator logs in from theirs.
 * - Per login across all sources, a softer ceiling against guessing from many addresses: after four
 *   times LOGIN_MAX_FAILURES the login is locked for everyone, with the same doubling but never
 *   beyond four times LOGIN_LOCK_MINUTES, so no outsider can hold an account off for long.
 * - Counts are kept by the login as typed (`login_failures`), whether or not it has an account, and
 *   a locked login is refused before any password is checked, so a real and an unknown address
 *   answer alike: the same status and body, after comparable work. Failures are forgotten a day after
 *   the last one; a correct password clears its pair; a password reset clears the login.
 */
export async function checkPassword(ctx: Ctx, login: string, password: string, via: 'login' | 'invitation'): Promise<repo.UserRow> {
  const { config } = ctx;
  const key = loginHash(login);
  const failed = (trx: Tx, reason: string, userId: string | null) =>
    recordAudit(
      trx,
      { ...ctx, pendingUserId: userId },
      {
        action: 'login_failed',
        subjectType: 'user',
        subjectId: userId,
        subjectPersonId: userId,
        details: { email: login, reason, ...(via === 'login' ? {} : { via }) },
      },
    );

  // Counters and failure records must survive the refusal, so they commit in their own transactions.
  const gate = await systemTx(ctx.db, async (trx): Promise<{ refused: Error } | { slot: Slot; user: repo.UserRow | undefined }> => {
    const slot = await hit(trx, `login:ip:${ctx.ip}`, IP_WINDOW_SECONDS);
    if (slot.hits > config.LOGIN_RATE_LIMIT_PER_IP) {
      await failed(trx, 'rate_limited', null);
      return { refused: errors.rateLimited(slot.resetsInSeconds) };
    }
    const user = await repo.findUserByLogin(trx, login);
    const lockedUntil = await repo.loginLockedUntil(trx, key, [ctx.ip, ALL_SOURCES]);
    if (lockedUntil) {
      await release(trx, slot); // no password was checked
      await failed(trx, 'locked', user?.id ?? null);
      return { refused: errors.accountLocked(lockedUntil) };
    }
    return { slot, user };
  });
  if ('refused' in gate) throw gate.refused;
  const { slot, user } = gate;

  const ok = await verifyPassword(user?.disabled_at ? null : user?.password_hash, password);
  if (!ok || !user) {
    const lockedUntil = await systemTx(ctx.db, async (trx) => {
      await failed(trx, 'bad_credentials', user?.id ?? null);
      return countFailure(trx, config, key, ctx.ip);
    });
    throw lockedUntil ? errors.accountLocked(lockedUntil) : errors.invalidCredentials();
  }
  await systemTx(ctx.db, async (trx) => {
    await release(trx, slot);
    await repo.clearLoginFailures(trx, [key], ctx.ip);
  });
  return user;
}

/** Counts a failure for the pair and for the login; returns the lock it brought on, if any. */
async function countFailure(trx: Tx, config: Config, key: string, ip: string): Promise<Date | null> {
  const policies = lockPolicies(config);
  let until: Date | null = null;
  for (const [source, policy] of [
    [ip, policies.pair],
    [ALL_SOURCES, policies.login],
  ] as const) {
    const minutes = lockMinutes(await repo.countLoginFailure(trx, key, source, FORGET_AFTER_HOURS), policy);
    if (minutes === 0) continue;
    const locked = await repo.lockLogin(trx, key, source, minutes);
    if (!until || locked > until) until = locked;
  }
  return until;
}
