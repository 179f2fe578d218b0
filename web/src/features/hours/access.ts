import type { Me } from '../../../../shared/schemas/auth.ts';
import { can } from '../../access.ts';

/** Client mirrors of the hours permissions; the server checks every request again. */

export const canManageHours = (me: Me, programmeId: string) => can(me, 'payroll.export', programmeId);
export const canEditSchoolCalendar = (me: Me, programmeId: string) => can(me, 'school_calendar.manage', programmeId);

/** What the caller's part in a placement lets them do with its hours: the server's own rule. */
export { shiftPowers } from '../../../../shared/domain/access/shifts.ts';
