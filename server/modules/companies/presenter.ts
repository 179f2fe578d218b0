import type { OrganisationKind } from '../../../shared/domain/access/roles.ts';
import type { CommitmentProgress } from '../../../shared/domain/employers/commitments.ts';
import type { OpeningKind, WagePayer } from '../../../shared/domain/employers/openings.ts';
import { loadPostalCodes } from '../../lib/postal-codes.ts';
import type { CommitmentRow, CompanyRow, ContactRow, NoteRow, PendingContactRow } from './repository.ts';
import type { MentorRow, WorkplaceRow } from './workplaces-repository.ts';

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

export function presentWorkplace(w: WorkplaceRow) {
  return {
    id: w.id,
    programmeId: w.programme_id,
    organisationId: w.organisation_id,
    organisationName: w.organisation_name,
    organisationKind: w.organisation_kind as OrganisationKind,
    name: w.name,
    address: w.address,
    postalCode: w.postal_code,
    city: loadPostalCodes().get(w.postal_code)?.name ?? null,
    pNumber: w.p_number,
  };
}

export function presentMentor(m: MentorRow) {
  return {
    id: m.id,
    programmeId: m.programme_id,
    organisationId: m.organisation_id,
    organisationName: m.organisation_name,
    workplaceId: m.workplace_id,
    userId: m.user_id,
    name: m.name,
    email: m.email,
    phone: m.phone,
    hoursPerWeek: m.hours_per_week,
    ratePerHour: m.rate_per_hour,
    weeklyCost: Math.round(m.hours_per_week * m.rate_per_hour * 100) / 100,
    payer: m.payer as WagePayer,
  };
}
