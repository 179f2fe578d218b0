import type { Me } from '../../../../shared/schemas/auth.ts';
import { can } from '../../access.ts';

/** Who sees what of activities; mirrors shared/domain/access/permissions.ts (the server decides). */
export const canReadActivities = (me: Me, programmeId: string) => can(me, 'activity.read', programmeId);
export const canManageActivities = (me: Me, programmeId: string) => can(me, 'activity.manage', programmeId);
export const canTakeAttendance = (me: Me, programmeId: string) => can(me, 'attendance.take', programmeId);
export const canReadOutcomes = (me: Me, programmeId: string) => can(me, 'outcomes.read', programmeId);
