import type { AdultTrack, AvailabilitySlot } from '../../../shared/domain/participants/constants.ts';
import { presentConsent } from '../consents/index.ts';
import type { ConsentRow } from '../consents/index.ts';
import type { PortalParticipantRow } from './repository.ts';
import type { PortalWork } from './work.ts';

/** Consents as the person sees them: partner names rather than ids. */
export function presentPortalConsent(
  c: ConsentRow,
  p: PortalParticipantRow,
  steps: readonly string[],
  names: Map<string, string>,
  today: string,
) {
  const { organisationIds, ...rest } = presentConsent(c, { kind: p.kind, birthDate: p.birth_date }, steps, today);
  return { ...rest, organisationNames: organisationIds.map((id) => names.get(id) ?? id) };
}

/** Plain data for the portal; no staff notes, talks, priority flags or CPR number. The work lists come from `work.ts`. */
export function presentPortalPerson(p: PortalParticipantRow, consents: ReturnType<typeof presentPortalConsent>[], work: PortalWork) {
  return {
    id: p.id,
    programmeId: p.programme_id,
    programmeName: p.programme_name,
    kind: p.kind,
    firstName: p.first_name,
    lastName: p.last_name,
    birthDate: p.birth_date,
    step: p.step,
    track: p.track as AdultTrack | null,
    email: p.email,
    phone: p.phone,
    address: p.address,
    availability: p.availability as AvailabilitySlot[],
    interests: p.interests,
    jobs: work.jobs,
    shifts: work.shifts,
    hours: work.hours,
    hoursTotals: work.hoursTotals,
    earnings: work.earnings,
    activities: work.activities,
    consents,
  };
}
