import { INVITABLE_ROLES, roleAllows } from './permissions.ts';
import { ROLES, STAFF_ROLES, type Role } from './roles.ts';

/**
 * Permission rules beyond the per-programme matrix, shared by the server's checks and the web's
 * mirrors of them (which only decide what to show). Pure: they take the caller's roles, never a
 * session or a database.
 */

/** What the rules need to know about a caller: their memberships and the platform flag. */
export interface Holder {
  isPlatformAdmin: boolean;
  memberships: ReadonlyArray<{ role: Role }>;
}

/** The roles an inviter holding `roles` in a programme may hand out (coordinators cannot mint administrators). */
export function invitableRoles(roles: readonly Role[]): Role[] {
  const allowed = new Set(roles.flatMap((role) => INVITABLE_ROLES[role]));
  return ROLES.filter((role) => allowed.has(role));
}

/** Organisations are shared reference data: staff anywhere may list them, as may the platform administrator. */
export function mayListOrganisations(h: Holder): boolean {
  return h.isPlatformAdmin || h.memberships.some((m) => STAFF_ROLES.includes(m.role));
}

/** Participants and guardians use the portal; a platform administrator holds no such membership. */
export function usesPortal(h: Pick<Holder, 'memberships'>): boolean {
  return h.memberships.some((m) => roleAllows(m.role, 'portal.use'));
}

/** Employer contacts reach their own company through the employer portal. */
export function usesEmployerPortal(h: Pick<Holder, 'memberships'>): boolean {
  return h.memberships.some((m) => roleAllows(m.role, 'employer.portal'));
}
