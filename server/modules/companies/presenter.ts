import type { CommitmentProgress } from '../../../shared/domain/employers/commitments.ts';
import type { OpeningKind } from '../../../shared/domain/employers/openings.ts';
import type { CommitmentRow, CompanyRow, ContactRow, NoteRow, PendingContactRow } from './repository.ts';

export function presentCompany(c: CompanyRow) {
  return {
    id: c.id,
    programmeId: c.programme_id,
    organisationId: c.organisation_id,
    cvr: c.cvr,
    name: c.name,
    industry: c.industry,
    supplierTo: c.supplier_to_organisation_id ? { id: c.supplier_to_organisation_id, name: c.supplier_name ?? '' } : null,
    openOpenings: Number(c.open_openings ?? 0),
  };
}

export function presentContact(c: ContactRow) {
  return { userId: c.user_id, name: c.name, email: c.email };
}

export function presentPendingContact(i: PendingContactRow) {
  return { invitationId: i.id, email: i.email, expiresAt: new Date(i.expires_at).toISOString() };
}

export function presentCommitment(c: CommitmentRow, progress: CommitmentProgress) {
  return {
    id: c.id,
    companyId: c.company_id,
    description: c.description,
    openingKind: c.opening_kind as OpeningKind,
    targetCount: c.target_count,
    periodFrom: c.period_from,
    periodTo: c.period_to,
    delivered: progress.delivered,
    remaining: progress.remaining,
    expectedByNow: progress.expectedByNow,
    status: progress.status,
  };
}

export function presentNote(n: NoteRow) {
  return {
    id: n.id,
    notedOn: n.noted_on,
    text: n.text,
    author: n.author_user_id ? { userId: n.author_user_id, name: n.author_name ?? '' } : null,
    createdAt: new Date(n.created_at).toISOString(),
  };
}
