import type { Me } from '../../../../shared/schemas/auth.ts';
import { usesEmployerPortal } from '../../../../shared/domain/access/rules.ts';
import { can } from '../../access.ts';

/** Client mirrors of the employer permissions; the server checks every request again. */

export const canReadCompanies = (me: Me, programmeId: string) => can(me, 'company.read', programmeId);
export const canManageCompanies = (me: Me, programmeId: string) => can(me, 'company.manage', programmeId);
export const canReadOpenings = (me: Me, programmeId: string) => can(me, 'opening.read', programmeId);
export const canManageOpenings = (me: Me, programmeId: string) => can(me, 'opening.manage', programmeId);

/** Portal roles are checked by membership, not `can`: the platform administrator has no portal. */
export const isEmployerContact = (me: Me) => usesEmployerPortal(me);
export const isMentor = (me: Me) => me.memberships.some((m) => m.role === 'mentor');

/** Someone whose only roles are employer-side lands on their portal rather than the home page. */
export function employerLandingPath(me: Me): '/virksomhed' | '/mentor' | null {
  if (me.user.isPlatformAdmin || me.memberships.length === 0) return null;
  const roles = new Set(me.memberships.map((m) => m.role));
  if ([...roles].some((r) => r !== 'employer_contact' && r !== 'mentor')) return null;
  return roles.has('employer_contact') ? '/virksomhed' : '/mentor';
}
