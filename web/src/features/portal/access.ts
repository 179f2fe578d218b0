import type { Me } from '../../../../shared/schemas/auth.ts';
import { roleAllows } from '../../../../shared/domain/access/permissions.ts';

/**
 * Mirrors the server's `portal.use` check (participants and guardians; not platform admins, who hold
 * no such membership), so staff who open `/mig` see "no access" instead of a failed request.
 */
export function canUsePortal(me: Me): boolean {
  return me.memberships.some((m) => roleAllows(m.role, 'portal.use'));
}
