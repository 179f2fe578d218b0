import type { z } from 'zod';
import type { createPortalCodeBody, redeemPortalCodeBody } from '../../../shared/schemas/portal.ts';
import type { Ctx } from '../../http/context.ts';
import { errors, isUniqueViolation } from '../../http/errors.ts';
import { systemTx } from '../../lib/access/index.ts';
import { loadWritable, requirePersonViewer } from '../people/index.ts';
import { hit, release } from '../../lib/rate-limit.ts';
import { recordAudit } from '../audit/index.ts';
import { hashPassword, MIN_PASSWORD_LENGTH, findUserByEmail, findUserById, startSession } from '../auth/index.ts';
import { findGuardian } from '../guardians/index.ts';
import { insertMembership } from '../programmes/index.ts';
import { CODE_DAYS, formatCode, generatedUsername, hashCode, newPortalCode, normaliseCode } from './codes.ts';
import * as repo from './repository.ts';

export { giveChildConsent, portalMe, revokeOwnConsent, updatePortalMe } from './self.ts';

const REDEEM_WINDOW_SECONDS = 15 * 60;
const REDEEM_LIMIT_PER_IP = 10;

/**
 * A one-time code a coordinator hands a youth (or their guardian) on paper or by text message:
 * most youth have no e-mail. It is shown once; a new code for the same person replaces open ones.
 */
export async function createPortalCode(ctx: Ctx, programmeId: string, participantId: string, body: z.infer<typeof createPortalCodeBody>) {
  const v = requirePersonViewer(ctx, programmeId, 'portal.code.create');
  const code = newPortalCode();
  return v.tx(async (trx) => {
    const p = await loadWritable(trx, v, participantId);
    let guardianId: string | null = null;
    if (body.for === 'participant') {
      if (p.user_id) throw errors.portalAlreadyLinked();
    } else {
      const g = await findGuardian(trx, programmeId, participantId, body.for.guardianId);
      if (!g || g.removed_at) throw errors.invalidFields([{ path: ['for', 'guardianId'], code: 'guardian_unknown' }]);
      if (g.user_id) throw errors.portalAlreadyLinked();
      guardianId = g.id;
    }
    await repo.deleteOpenCodes(trx, programmeId, participantId, guardianId);
    const row = await repo.insertCode(trx, {
      programme_id: programmeId,
      participant_id: participantId,
      guardian_id: guardianId,
      code_hash: hashCode(code),
      expires_at: new Date(Date.now() + CODE_DAYS * 86400_000),
      created_by: v.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'portal_code',
      subjectId: row.id,
      subjectPersonId: participantId,
      programmeId,
      details: { for: guardianId ? 'guardian' : 'participant' },
    });
    return {
      code: formatCode(code),
      expiresAt: new Date(row.expires_at).toISOString(),
      for: guardianId ? ('guardian' as const) : ('participant' as const),
      guardianId,
    };
  });
}

/**
 * Redeems a portal code: creates the account (login name, optional e-mail, password), gives it the
 * participant or guardian role in the programme, links it to the record, and logs in — one
 * transaction. Someone already logged in (a guardian with a second child) links their account
 * instead. The code is the credential, so the look-up runs as jobbro_system.
 */
export async function redeemPortalCode(ctx: Ctx, body: z.infer<typeof redeemPortalCodeBody>) {
  // Failed redemptions only count toward the limit: a club where a dozen youths start on their portal
  // together, from one address, is not guessing codes.
  const slot = await systemTx(ctx.db, (trx) => hit(trx, `portal:ip:${ctx.ip}`, REDEEM_WINDOW_SECONDS));
  if (slot.hits > REDEEM_LIMIT_PER_IP) throw errors.rateLimited(slot.resetsInSeconds);
  const redeemed = await redeem(ctx, body);
  await systemTx(ctx.db, (trx) => release(trx, slot));
  return redeemed;
}

async function redeem(ctx: Ctx, body: z.infer<typeof redeemPortalCodeBody>) {
  const code = normaliseCode(body.code);
  if (!code) throw errors.portalCodeInvalid();
  const actor = ctx.actor;
  if (!actor && (body.password ?? '').length < MIN_PASSWORD_LENGTH) throw errors.passwordTooShort();
  const passwordHash = actor ? null : await hashPassword(body.password!);

  try {
    return await systemTx(ctx.db, async (trx) => {
      const c = await repo.findCode(trx, hashCode(code));
      if (!c || c.redeemed_at || new Date(c.expires_at) <= new Date() || c.merged_into || c.anonymised_at || c.guardian_removed_at)
        throw errors.portalCodeInvalid();
      const forGuardian = c.guardian_id !== null;
      if ((forGuardian ? c.guardian_user_id : c.participant_user_id) !== null) throw errors.portalAlreadyLinked();

      let userId: string;
      if (actor) {
        userId = actor.userId;
      } else {
        if (body.email && (await findUserByEmail(trx, body.email))) throw errors.conflict('email');
        let username = body.username ?? generatedUsername(forGuardian ? c.guardian_name! : c.first_name);
        if (await repo.loginTaken(trx, username)) {
          if (body.username) throw errors.conflict('username');
          for (let i = 0; i < 20 && (await repo.loginTaken(trx, username)); i++) username = generatedUsername(c.first_name);
        }
        const name = forGuardian ? c.guardian_name! : `${c.first_name} ${c.last_name}`;
        userId = (await repo.insertUser(trx, { email: body.email ?? '', username, name, passwordHash: passwordHash! })).id;
      }
      await insertMembership(trx, {
        programmeId: c.programme_id,
        userId,
        role: forGuardian ? 'guardian' : 'participant',
        organisationId: null,
      });
      if (forGuardian) await repo.linkGuardian(trx, c.guardian_id!, userId);
      else await repo.linkParticipant(trx, c.participant_id, userId);
      await repo.markRedeemed(trx, c.id, userId);
      await recordAudit(
        trx,
        { ...ctx, pendingUserId: userId },
        {
          action: 'update',
          subjectType: 'portal_code',
          subjectId: c.id,
          subjectPersonId: c.participant_id,
          programmeId: c.programme_id,
          details: { redeemed: true, for: forGuardian ? 'guardian' : 'participant', newAccount: !actor },
        },
      );
      const login = await repo.userLogin(trx, userId);
      if (actor) return { token: null, stage: 'full' as const, username: login.username };
      const session = await startSession(trx, ctx, (await findUserById(trx, userId))!);
      return { token: session.token, stage: session.stage, username: login.username };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw errors.conflict('username');
    throw err;
  }
}
