import type { Me } from '../../../../shared/schemas/auth.ts';
import { can } from '../../access.ts';

/** Client mirrors of the hours permissions; the server checks every request again. */

export const canManageHours = (me: Me, programmeId: string) => can(me, 'payroll.export', programmeId);
export const canEditSchoolCalendar = (me: Me, programmeId: string) => can(me, 'school_calendar.manage', programmeId);

/**
 * What the caller's part in a placement lets them do with its hours (mirrors the server's
 * `shiftPowers`): employer contacts and mentors record and approve, coordinators only on
 * pocket-money jobs, the participant submits their own.
 */
export function shiftPowers(party: string, openingKind: string): { record: boolean; approve: boolean } {
  if (party === 'employer' || party === 'mentor') return { record: true, approve: true };
  if (party === 'coordinator') return openingKind === 'pocket_money' ? { record: true, approve: true } : { record: false, approve: false };
  if (party === 'participant') return { record: true, approve: false };
  return { record: false, approve: false };
}
