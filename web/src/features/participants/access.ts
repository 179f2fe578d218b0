import type { Me } from '../../../../shared/schemas/auth.ts';
import type { Role } from '../../../../shared/domain/access/roles.ts';
import { rolesIn } from '../../access.ts';

/**
 * Client-side mirrors of who may work with participant records. They decide what to show; the
 * server checks every request, so a mismatch shows a 403 rather than leaking data.
 */
const STAFF: readonly Role[] = ['administrator', 'coordinator', 'caseworker'];
const MANAGERS: readonly Role[] = ['administrator', 'coordinator'];
const PORTAL: readonly Role[] = ['participant', 'guardian'];

function has(me: Me, roles: readonly Role[], programmeId?: string): boolean {
  if (me.user.isPlatformAdmin) return true;
  return me.memberships.some((m) => (programmeId === undefined || m.programmeId === programmeId) && roles.includes(m.role));
}

/** May list and read participants (caseworkers only see what consents allow). */
export function canReadParticipants(me: Me, programmeId?: string): boolean {
  return has(me, STAFF, programmeId);
}

/** May create, change, anonymise participants and see the priority flag. */
export function canManageParticipants(me: Me, programmeId?: string): boolean {
  return has(me, MANAGERS, programmeId);
}

/** Programmes where the user works with participants, once each, in membership order. */
export function participantProgrammeIds(me: Me): string[] {
  return [...new Set(me.memberships.filter((m) => STAFF.includes(m.role)).map((m) => m.programmeId))];
}

/** Participants and guardians use the portal; anyone with a staff role (or admin) does not. */
export function isPortalUser(me: Me): boolean {
  if (me.user.isPlatformAdmin || me.memberships.length === 0) return false;
  return me.memberships.every((m) => PORTAL.includes(m.role));
}

export function isCoordinatorOf(me: Me, programmeId: string): boolean {
  return me.user.isPlatformAdmin || rolesIn(me, programmeId).some((r) => MANAGERS.includes(r));
}
