import { PERMISSIONS, roleAllows, type Action } from '../../shared/domain/access/permissions.ts';
import type { Role } from '../../shared/domain/access/roles.ts';
import type { TenantScope } from '../../db/tenant.ts';
import type { Actor, Ctx } from '../http/context.ts';
import { errors } from '../http/errors.ts';

/**
 * The one explicit access check each service call starts with. Row-level security is the
 * backstop, never the rule: a service that forgets its check must still fail closed in the DB.
 */
export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) throw ctx.pendingSessionId ? errors.mfaRequired() : errors.unauthenticated();
  return ctx.actor;
}

export function requirePlatformAdmin(ctx: Ctx): Actor {
  const actor = requireActor(ctx);
  if (!actor.isPlatformAdmin) throw errors.forbidden('platform.admin');
  return actor;
}

/** Returns the role that grants `action` in the programme, or throws `forbidden`. */
export function requireProgrammeAction(ctx: Ctx, programmeId: string, action: Action): { actor: Actor; role: Role } {
  const actor = requireActor(ctx);
  const roles = actor.memberships.filter((m) => m.programmeId === programmeId).map((m) => m.role);
  if (roles.length === 0) throw errors.notFound('programme');
  const role = roles.find((r) => roleAllows(r, action));
  if (!role) throw errors.forbidden(action);
  return { actor, role };
}

export function rolesIn(actor: Actor, programmeId: string): Role[] {
  return actor.memberships.filter((m) => m.programmeId === programmeId).map((m) => m.role);
}

export function tenantScope(actor: Actor): TenantScope {
  return {
    userId: actor.userId,
    programmeIds: [...new Set(actor.memberships.map((m) => m.programmeId))],
    isPlatformAdmin: actor.isPlatformAdmin,
  };
}

export { PERMISSIONS };
