import type { Me } from '../../shared/schemas/auth.ts';
import { type Action, roleAllows } from '../../shared/domain/access/permissions.ts';
import type { Role } from '../../shared/domain/access/roles.ts';
import { invitableRoles as grantable, mayListOrganisations } from '../../shared/domain/access/rules.ts';

/**
 * Client-side mirrors of the server's access checks. They only decide what to show; the server
 * still checks every request, so a mismatch shows a 403 rather than leaking data.
 */

export function rolesIn(me: Me, programmeId: string): Role[] {
  return me.memberships.filter((m) => m.programmeId === programmeId).map((m) => m.role);
}

/**
 * May the user do `action` in this programme, or (without one) in any of their programmes? Exactly
 * the server's `requireProgrammeAction`: a role in the programme that allows it. Being the platform
 * administrator grants no programme action (it creates programmes and organisations), so the
 * platform administrator is not shown buttons the server then refuses (issue #16, item 4).
 */
export function can(me: Me, action: Action, programmeId?: string): boolean {
  return me.memberships.some((m) => (programmeId === undefined || m.programmeId === programmeId) && roleAllows(m.role, action));
}

/** The roles the server lets this user invite to the programme (`invitations/service.ts`: by programme role only). */
export function invitableRoles(me: Me, programmeId: string): Role[] {
  return grantable(rolesIn(me, programmeId));
}

/** The programmes page: the platform administrator creates programmes there; programme administrators manage theirs. */
export function canManageProgrammes(me: Me): boolean {
  return me.user.isPlatformAdmin || can(me, 'member.list');
}

/** Organisations are shared reference data: staff may list them, the platform admin creates them. */
export function canListOrganisations(me: Me): boolean {
  return mayListOrganisations({ isPlatformAdmin: me.user.isPlatformAdmin, memberships: me.memberships });
}

export function canCreateOrganisations(me: Me): boolean {
  return me.user.isPlatformAdmin;
}

/** The server lets the platform administrator search the platform-wide trail (`audit/service.ts`). */
export function canSearchAudit(me: Me): boolean {
  return me.user.isPlatformAdmin || can(me, 'audit.search');
}

/** Programme ids, once each, in the order of the user's memberships. */
export function programmeIds(me: Me): string[] {
  return [...new Set(me.memberships.map((m) => m.programmeId))];
}
