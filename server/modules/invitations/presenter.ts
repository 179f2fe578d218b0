import type { Role } from '../../../shared/domain/access/roles.ts';
import type { InvitationRow } from './repository.ts';

export function presentInvitation(i: InvitationRow) {
  return {
    id: i.id,
    email: i.email,
    role: i.role as Role,
    expiresAt: new Date(i.expires_at).toISOString(),
    acceptedAt: i.accepted_at ? new Date(i.accepted_at).toISOString() : null,
  };
}
