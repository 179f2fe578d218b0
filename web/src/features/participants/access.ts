import type { Me } from '../../../../shared/schemas/auth.ts';
import { type Action, roleAllows } from '../../../../shared/domain/access/permissions.ts';
import { rolesIn } from '../../access.ts';

/**
 * Client-side mirrors of who may work with participant records. They decide what to show; the
 * server checks every request, so a mismatch shows a 403 rather than leaking data. As on the server,
 * only a role in the programme counts: being the platform administrator does not.
 */
function has(me: Me, action: Action, programmeId?: string): boolean {
  return me.memberships.some((m) => (programmeId === undefined || m.programmeId === programmeId) && roleAllows(m.role, action));
}

/** May list and read participants (caseworkers only see what consents allow). */
export function canReadParticipants(me: Me, programmeId?: string): boolean {
  return has(me, 'participant.read', programmeId);
}

/** May create, change, anonymise participants and see the priority flag. */
export function canManageParticipants(me: Me, programmeId?: string): boolean {
  return has(me, 'participant.write', programmeId);
}

/** Programmes where the user works with participants, once each, in membership order. */
export function participantProgrammeIds(me: Me): string[] {
  return [...new Set(me.memberships.filter((m) => roleAllows(m.role, 'participant.read')).map((m) => m.programmeId))];
}

/** Participants and guardians use the portal; anyone with a staff role (or admin) does not. */
export function isPortalUser(me: Me): boolean {
  if (me.user.isPlatformAdmin || me.memberships.length === 0) return false;
  return me.memberships.every((m) => roleAllows(m.role, 'portal.use'));
}

export function isCoordinatorOf(me: Me, programmeId: string): boolean {
  return rolesIn(me, programmeId).some((r) => roleAllows(r, 'participant.write'));
}
