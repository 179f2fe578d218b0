import type { OrganisationKind } from '../../../shared/domain/access/roles.ts';
import type { WagePayer } from '../../../shared/domain/employers/openings.ts';
import { loadPostalCodes } from '../../lib/postal-codes.ts';
import type { MentorRow, WorkplaceRow } from './repository.ts';

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
