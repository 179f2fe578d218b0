import type { Me } from '../../../../shared/schemas/auth.ts';
import { can } from '../../access.ts';

/** Client mirrors of the placement permissions; the server checks every request again. */

export const canReadPlacements = (me: Me, programmeId?: string) => can(me, 'placement.read', programmeId);
export const canManagePlacements = (me: Me, programmeId: string) => can(me, 'placement.manage', programmeId);
export const canHandleSupport = (me: Me, programmeId?: string) => can(me, 'support.handle', programmeId);

/**
 * Employer contacts and mentors take part in placements through the employer portal; checked by
 * membership (not `can`) because the platform administrator holds no such role.
 */
export const takesPartAsEmployer = (me: Me) => me.memberships.some((m) => m.role === 'employer_contact' || m.role === 'mentor');
