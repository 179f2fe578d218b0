import type { GuardianRelation } from '../../../shared/domain/participants/constants.ts';
import type { GuardianRow, NoticeRow } from './repository.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function presentGuardian(g: GuardianRow) {
  return {
    id: g.id,
    participantId: g.participant_id,
    name: g.name,
    relation: g.relation as GuardianRelation,
    email: g.email,
    phone: g.phone,
    address: g.address,
    hasPortalAccount: g.user_id !== null,
    removedAt: iso(g.removed_at),
    createdAt: new Date(g.created_at).toISOString(),
  };
}

export function presentNotice(n: NoticeRow) {
  return {
    id: n.id,
    participantId: n.participant_id,
    guardianId: n.guardian_id,
    placementId: n.placement_id,
    jobDescription: n.job_description,
    hours: n.hours,
    risks: n.risks,
    precautions: n.precautions,
    informedOn: n.informed_on,
    cosignedOn: n.cosigned_on,
    createdAt: new Date(n.created_at).toISOString(),
  };
}
