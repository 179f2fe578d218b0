import { roleAllows, type Action } from '../../../shared/domain/access/permissions.ts';
import type { Role } from '../../../shared/domain/access/roles.ts';
import type { Actor, Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { admit, type Admitted } from './runner.ts';

/**
 * The entry checks each service call starts with. Each returns the scoped runner (`tx`) the call
 * then opens its one transaction with. Row-level security is the backstop, never the rule: a
 * service that forgets a filter must still fail closed in the database.
 */

/** The signed-in actor, or 401 (or "TOTP still owed"). For the other checks in this folder. */
export function signedIn(ctx: Ctx): Actor {
  if (!ctx.actor) throw ctx.pendingSessionId ? errors.mfaRequired() : errors.unauthenticated();
  return ctx.actor;
}

/** Any signed-in person (TOTP done where required); their own data or shared reference data. */
export function requireActor(ctx: Ctx): Admitted {
  return admit(ctx.db, signedIn(ctx));
}

/** The programme-less platform administrator (programmes, organisations). */
export function requirePlatformAdmin(ctx: Ctx): Admitted {
  const actor = signedIn(ctx);
  if (!actor.isPlatformAdmin) throw errors.forbidden('platform.admin');
  return admit(ctx.db, actor);
}

/**
 * A role in the programme that grants `action`, which is returned. Not a member at all is 404
 * (the programme is not confirmed); a member without the right is 403.
 */
export function requireProgrammeAction(ctx: Ctx, programmeId: string, action: Action): Admitted & { role: Role } {
  const actor = signedIn(ctx);
  const roles = rolesIn(actor, programmeId);
  if (roles.length === 0) throw errors.notFound('programme');
  const role = roles.find((r) => roleAllows(r, action));
  if (!role) throw errors.forbidden(action);
  return { ...admit(ctx.db, actor), role };
}

/**
 * Like {@link requireProgrammeAction}, for endpoints shared by roles with different actions (the
 * evaluator who downloads and the administrator who manages keys both list them). 403 names the first.
 */
export function requireAnyProgrammeAction(ctx: Ctx, programmeId: string, actions: readonly [Action, ...Action[]]): Admitted {
  const actor = signedIn(ctx);
  const roles = rolesIn(actor, programmeId);
  if (roles.length === 0) throw errors.notFound('programme');
  if (!roles.some((r) => actions.some((a) => roleAllows(r, a)))) throw errors.forbidden(actions[0]);
  return admit(ctx.db, actor);
}

/**
 * The session's user during login too: a fully signed-in actor or a pending session that still
 * owes TOTP. Opens no tenant: the auth module works on its own rows as `jobbro_system`.
 */
export function requireSessionUser(ctx: Ctx): { sessionId: string; userId: string } {
  if (ctx.actor) return { sessionId: ctx.actor.sessionId, userId: ctx.actor.userId };
  if (ctx.pendingSessionId && ctx.pendingUserId) return { sessionId: ctx.pendingSessionId, userId: ctx.pendingUserId };
  throw errors.unauthenticated();
}

/** The caller's roles in one programme (a person may hold several). */
export function rolesIn(actor: Actor, programmeId: string): Role[] {
  return actor.memberships.filter((m) => m.programmeId === programmeId).map((m) => m.role);
}
