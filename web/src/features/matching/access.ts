import type { Me } from '../../../../shared/schemas/auth.ts';
import { can } from '../../access.ts';

/** Client mirrors of the matching permissions; the server checks every request again. */
export const canReadMatching = (me: Me, programmeId: string) => can(me, 'matching.read', programmeId);
export const canManageMatching = (me: Me, programmeId: string) => can(me, 'matching.manage', programmeId);
