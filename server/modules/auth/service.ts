import type { z } from 'zod';
import type { LoginStage, Me, loginBody } from '../../../shared/schemas/auth.ts';
import { TOTP_REQUIRED_ROLES } from '../../../shared/domain/access/roles.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx, Membership } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireActor, requireSessionUser, systemTx } from '../../lib/access/index.ts';
import { hashToken, newToken } from '../../lib/crypto.ts';
import { enqueue } from '../../lib/jobs.ts';
import { hit } from '../../lib/rate-limit.ts';
import { recordAudit } from '../audit/index.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.ts';
import { checkPassword, loginHash } from './throttle.ts';
import { checkTotp, newTotpSecret, totpEnrolment } from './totp.ts';
import * as repo from './repository.ts';

const LOGIN_WINDOW_SECONDS = 15 * 60;
const TOTP_ATTEMPT_LIMIT = 10;
const RESET_TOKEN_MINUTES = 60;

/** Where a session stands: TOTP is owed by anyone who enabled it or whose roles require it. */
export function stageFor(user: repo.UserRow, memberships: Membership[], mfaVerified: boolean): LoginStage {
  if (user.totp_enabled) return mfaVerified ? 'full' : 'totp_required';
  const required = user.is_platform_admin || memberships.some((m) => TOTP_REQUIRED_ROLES.includes(m.role));
  return required ? 'totp_setup_required' : 'full';
}

/** Starts a session for a user whose password (or invitation) was just checked. */
export async function startSession(trx: Tx, ctx: Ctx, user: repo.UserRow): Promise<{ token: string; stage: LoginStage }> {
  const token = newToken();
  const memberships = await repo.membershipsOf(trx, user.id);
  await repo.createSession(trx, {
    id: hashToken(token),
    userId: user.id,
    expiresAt: new Date(Date.now() + ctx.config.SESSION_TTL_HOURS * 3600_000),
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    mfaVerified: false,
  });
  return { token, stage: stageFor(user, memberships, false) };
}

/** The login form: the password check is throttled (throttle.ts), then a session starts. */
export async function login(ctx: Ctx, body: z.infer<typeof loginBody>): Promise<{ token: string; stage: LoginStage }> {
  const user = await checkPassword(ctx, body.email, body.password, 'login');
  return systemTx(ctx.db, async (trx) => {
    const started = await startSession(trx, ctx, user);
    await recordAudit(
      trx,
      { ...ctx, pendingUserId: user.id },
      {
        action: 'login',
        subjectType: 'user',
        subjectId: user.id,
        subjectPersonId: user.id,
        details: { stage: started.stage },
      },
    );
    return started;
  });
}

/** Counts the attempt in its own transaction, so a wrong code cannot roll its own count back. */
async function totpGate(ctx: Ctx, userId: string): Promise<void> {
  const attempts = await systemTx(ctx.db, (trx) => hit(trx, `totp:user:${userId}`, LOGIN_WINDOW_SECONDS));
  if (attempts.hits > TOTP_ATTEMPT_LIMIT) throw errors.rateLimited(attempts.resetsInSeconds);
}

async function consumeTotp(trx: Tx, ctx: Ctx, user: repo.UserRow, code: string): Promise<void> {
  if (!user.totp_secret_enc) throw errors.totpNotSetUp();
  const step = checkTotp(ctx.secrets.open(user.totp_secret_enc), code, user.totp_last_step);
  if (step === null) throw errors.totpInvalid();
  await repo.setTotpLastStep(trx, user.id, step);
}

/** Marks the session verified under a new token (see rotateVerifiedSession), which the route sets as the cookie. */
async function rotateSession(trx: Tx, sessionId: string): Promise<string> {
  const token = newToken();
  if (!(await repo.rotateVerifiedSession(trx, sessionId, hashToken(token)))) throw errors.unauthenticated();
  return token;
}

/**
 * Second factor for a user who has TOTP enabled. A wrong code is audited as a failed login; a right one
 * rotates the session token.
 */
export async function verifyTotp(ctx: Ctx, code: string): Promise<{ stage: LoginStage; token: string }> {
  const { sessionId, userId } = requireSessionUser(ctx);
  await totpGate(ctx, userId);
  try {
    return await systemTx(ctx.db, async (trx) => {
      const user = await repo.findUserById(trx, userId);
      if (!user?.totp_enabled) throw errors.totpNotSetUp();
      await consumeTotp(trx, ctx, user, code);
      const token = await rotateSession(trx, sessionId);
      return { stage: stageFor(user, await repo.membershipsOf(trx, user.id), true), token };
    });
  } catch (err) {
    await systemTx(ctx.db, (trx) => auditLoginFailed(trx, ctx, userId, { reason: 'totp' }));
    throw err;
  }
}

/** A failed password or TOTP step, recorded alike: about the user tried, by a not-yet-logged-in caller. */
function auditLoginFailed(trx: Tx, ctx: Ctx, userId: string | null, details: Record<string, unknown>) {
  return recordAudit(
    trx,
    { ...ctx, pendingUserId: userId },
    { action: 'login_failed', subjectType: 'user', subjectId: userId, subjectPersonId: userId, details },
  );
}

/** Creates (or replaces, while not yet enabled) the TOTP secret and returns what the app scans. */
export async function startTotpSetup(ctx: Ctx) {
  const { userId } = requireSessionUser(ctx);
  return systemTx(ctx.db, async (trx) => {
    const user = await repo.findUserById(trx, userId);
    if (!user) throw errors.unauthenticated();
    if (user.totp_enabled) throw errors.conflict('totp');
    const secret = newTotpSecret();
    await repo.setTotpSecret(trx, user.id, ctx.secrets.seal(secret));
    return totpEnrolment(secret, user.email);
  });
}

/** Confirms TOTP enrolment; like verifyTotp, the session that becomes full gets a new token. */
export async function enableTotp(ctx: Ctx, code: string): Promise<{ stage: LoginStage; token: string }> {
  const { sessionId, userId } = requireSessionUser(ctx);
  await totpGate(ctx, userId);
  return systemTx(ctx.db, async (trx) => {
    const user = await repo.findUserById(trx, userId);
    if (!user) throw errors.unauthenticated();
    if (user.totp_enabled) throw errors.conflict('totp');
    await consumeTotp(trx, ctx, user, code);
    await repo.enableTotp(trx, user.id);
    const token = await rotateSession(trx, sessionId);
    await recordAudit(
      trx,
      { ...ctx, pendingUserId: user.id },
      {
        action: 'update',
        subjectType: 'user',
        subjectId: user.id,
        subjectPersonId: user.id,
        details: { field: 'totp_enabled' },
      },
    );
    return { stage: 'full' as const, token };
  });
}

export async function me(ctx: Ctx): Promise<Me> {
  const { userId, sessionId } = requireSessionUser(ctx);
  return systemTx(ctx.db, async (trx) => {
    const user = await repo.findUserById(trx, userId);
    if (!user) throw errors.unauthenticated();
    const memberships = await repo.membershipsOf(trx, user.id);
    const session = await repo.findLiveSession(trx, sessionId, ctx.config.SESSION_IDLE_MINUTES);
    return {
      stage: stageFor(user, memberships, session?.mfa_verified ?? false),
      user: {
        id: user.id,
        name: user.name,
        email: user.email,
        locale: user.locale as 'da' | 'en',
        isPlatformAdmin: user.is_platform_admin,
        totpEnabled: user.totp_enabled,
      },
      memberships,
    };
  });
}

export async function logout(ctx: Ctx): Promise<void> {
  const { sessionId, userId } = requireSessionUser(ctx);
  await systemTx(ctx.db, async (trx) => {
    await repo.deleteSession(trx, sessionId);
    await recordAudit(trx, { ...ctx, pendingUserId: userId }, { action: 'logout', subjectType: 'user', subjectId: userId });
  });
}

/** Always answers the same way, so the form cannot be used to test which e-mails have accounts. */
export async function requestPasswordReset(ctx: Ctx, email: string): Promise<void> {
  await systemTx(ctx.db, async (trx) => {
    const limit = await hit(trx, `reset:ip:${ctx.ip}`, LOGIN_WINDOW_SECONDS);
    if (limit.hits > ctx.config.LOGIN_RATE_LIMIT_PER_IP) return;
    const user = await repo.findUserByEmail(trx, email);
    if (!user || user.disabled_at) return;
    const token = newToken();
    await repo.insertOneTimeToken(trx, {
      hash: hashToken(token),
      purpose: 'password_reset',
      userId: user.id,
      expiresAt: new Date(Date.now() + RESET_TOKEN_MINUTES * 60_000),
    });
    await enqueue(trx, 'mail.send', {
      to: user.email,
      template: 'passwordReset',
      locale: user.locale,
      vars: { name: user.name, link: `${ctx.config.PUBLIC_URL}/password-reset/${token}`, minutes: RESET_TOKEN_MINUTES },
    });
  });
  ctx.jobs.kick();
}

export async function confirmPasswordReset(ctx: Ctx, token: string, password: string): Promise<void> {
  if (password.length < MIN_PASSWORD_LENGTH) throw errors.passwordTooShort();
  const passwordHash = await hashPassword(password);
  await systemTx(ctx.db, async (trx) => {
    const claimed = await repo.consumeOneTimeToken(trx, hashToken(token), 'password_reset');
    if (!claimed?.user_id) throw errors.tokenInvalid();
    await repo.resetPassword(trx, claimed.user_id, passwordHash);
    // A new password also lifts the locks: the reset link proved control of the mailbox.
    const user = await repo.findUserById(trx, claimed.user_id);
    const logins = [user?.email, user?.username].filter((l): l is string => !!l);
    await repo.clearLoginFailures(trx, logins.map(loginHash));
    await repo.deleteSessionsOfUser(trx, claimed.user_id);
    await recordAudit(
      trx,
      { ...ctx, pendingUserId: claimed.user_id },
      {
        action: 'update',
        subjectType: 'user',
        subjectId: claimed.user_id,
        subjectPersonId: claimed.user_id,
        details: { field: 'password', via: 'reset' },
      },
    );
  });
}

export async function setLocale(ctx: Ctx, locale: 'da' | 'en'): Promise<void> {
  const { actor, tx } = requireActor(ctx);
  await tx((trx) => repo.setLocale(trx, actor.userId, locale));
}
