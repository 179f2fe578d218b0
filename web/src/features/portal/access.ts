import type { Me } from '../../../../shared/schemas/auth.ts';
import { usesPortal } from '../../../../shared/domain/access/rules.ts';

/**
 * Mirrors the server's `portal.use` check (participants and guardians; not platform admins, who hold
 * no such membership), so staff who open `/mig` see "no access" instead of a failed request.
 */
export function canUsePortal(me: Me): boolean {
  return usesPortal(me);
}
