import type { z } from 'zod';
import type { acceptInvitationBody, createInvitationBody } from '../../../shared/schemas/invitations.ts';
import { invitableRoles } from '../../../shared/domain/access/rules.ts';
import type { Role } from '../../../shared/domain/access/roles.ts';
import type { Ctx } from '../../http/context.ts';
import { errors, isUniqueViolation } from '../../http/errors.ts';
import { requireProgrammeAction, rolesIn, systemTx } from '../../lib/access/index.ts';
import { hashToken, newToken } from '../../lib/crypto.ts';
import { enqueue } from '../../lib/jobs.ts';
import { roleName } from '../../lib/mailer.ts';
import { recordAudit } from '../audit/index.ts';
import {
  checkPassword,
  hashPassword,
  MIN_PASSWORD_LENGTH,
  findUserByEmail,
  findUserById,
  insertUser,
  startSession,
} from '../auth/index.ts';
import { insertMembership } from '../programmes/index.ts';
import { presentInvitation } from './presenter.ts';
import * as repo from './repository.ts';

const INVITATION_DAYS = 7;

/** Inviters may only hand out roles at or below their own (coordinators cannot mint administrators). */
export async function createInvitation(ctx: Ctx, programmeId: string, body: z.infer<typeof createInvitationBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'invitation.create');
  if (!invitableRoles(rolesIn(actor, programmeId)).includes(body.role)) throw errors.forbidden(`invite.${body.role}`);
  const token = newToken();
  try {
    const invitation = await tx(async (trx) => {
      if (await repo.findPending(trx, programmeId, body.email, body.role)) throw errors.invitationExists();
      await repo.deleteExpired(trx, programmeId, body.email, body.role);
      const row = await repo.insertInvitation(trx, {
        programmeId,
        tokenHash: hashToken(token),
        email: body.email,
        role: body.role,
        organisationId: body.organisationId ?? null,
        invitedBy: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86400_000),
      });
      const programmeName = actor.memberships.find((m) => m.programmeId === programmeId)!.programmeName;
      await enqueue(trx, 'mail.send', {
        to: body.email,
        template: 'invitation',
        locale: 'da',
        vars: {
          inviter: actor.name,
          programme: programmeName,
          role: roleName(body.role, 'da'),
          link: `${ctx.config.PUBLIC_URL}/invitation/${token}`,
          days: INVITATION_DAYS,
        },
      });
      await recordAudit(trx, ctx, {
        action: 'create',
        subjectType: 'invitation',
        subjectId: row.id,
        programmeId,
        details: { role: body.role },
      });
      return presentInvitation(row);
    });
    ctx.jobs.kick();
    return invitation;
  } catch (err) {
    if (isUniqueViolation(err)) throw errors.invitationExists();
    throw err;
  }
}

export async function listInvitations(ctx: Ctx, programmeId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'invitation.list');
  return tx(async (trx) => {
    const rows = await repo.listInvitations(trx, programmeId);
    await recordAudit(trx, ctx, { action: 'read', subjectType: 'invitation_list', programmeId, details: { count: rows.length } });
    return { invitations: rows.map(presentInvitation) };
  });
}

async function openInvitation(trx: Parameters<typeof repo.findByTokenHash>[0], token: string, forUpdate = false) {
  const inv = await repo.findByTokenHash(trx, hashToken(token), forUpdate);
  if (!inv || inv.accepted_at) throw errors.invitationInvalid();
  if (new Date(inv.expires_at) <= new Date()) throw errors.invitationExpired();
  return inv;
}

/** Anyone holding the link may see what it is for; the token is the credential. */
export async function lookupInvitation(ctx: Ctx, token: string) {
  return systemTx(ctx.db, async (trx) => {
    const inv = await openInvitation(trx, token);
    const existing = await findUserByEmail(trx, inv.email);
    return { email: inv.email, role: inv.role as Role, programmeName: inv.programme_name, existingUser: !!existing };
  });
}

/**
 * Accepting creates the account (or, for someone who already has one, checks their password) and
 * the membership, and starts a session, all in one transaction. An existing account's password is
 * checked by auth's checkPassword, so guesses here count toward the same locks and per-address
 * limit as the login form.
 */
export async function acceptInvitation(ctx: Ctx, body: z.infer<typeof acceptInvitationBody>) {
  const { email, existing } = await systemTx(ctx.db, async (trx) => {
    const inv = await openInvitation(trx, body.token);
    return { email: inv.email, existing: !!(await findUserByEmail(trx, inv.email)) };
  });
  if (existing) {
    await checkPassword(ctx, email, body.password, 'invitation');
  } else {
    if (!body.name)
      throw errors.validation([{ in: 'body', path: ['name'], code: 'name_required', message: 'A name is required for a new account.' }]);
    if (body.password.length < MIN_PASSWORD_LENGTH) throw errors.passwordTooShort();
  }
  const newHash = existing ? null : await hashPassword(body.password);
  return systemTx(ctx.db, async (trx) => {
    const inv = await openInvitation(trx, body.token, true);
    let user = await findUserByEmail(trx, inv.email);
    if (!user) {
      const created = await insertUser(trx, { email: inv.email, name: body.name!, password_hash: newHash });
      user = (await findUserById(trx, created.id))!;
    }
    await insertMembership(trx, { programmeId: inv.programme_id, userId: user.id, role: inv.role, organisationId: inv.organisation_id });
    // The row lock makes a second accept wait and then see accepted_at; checking the row count keeps
    // the answer honest even without it: only the accept that marked the invitation is audited and 2xx.
    const marked = await repo.markAccepted(trx, inv.id, user.id);
    if (Number(marked.numUpdatedRows) === 0) throw errors.invitationInvalid();
    await recordAudit(
      trx,
      { ...ctx, pendingUserId: user.id },
      {
        action: 'update',
        subjectType: 'invitation',
        subjectId: inv.id,
        subjectPersonId: user.id,
        programmeId: inv.programme_id,
        details: { accepted: true, role: inv.role },
      },
    );
    return startSession(trx, ctx, user);
  });
}
