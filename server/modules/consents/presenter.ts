import type { ConsentMethod, ConsentPurpose, DataCategory } from '../../../shared/domain/participants/constants.ts';
import { consentInForce, consentRenewalDue, type PersonFacts } from '../../../shared/domain/participants/consent.ts';
import type { ConsentRow } from './repository.ts';

/** A consent with what follows from it today: whether it is in force and when it must be renewed. */
export function presentConsent(c: ConsentRow, person: PersonFacts, stepChanges: readonly string[], today: string) {
  const renewal = consentRenewalDue({ givenOn: c.given_on, revokedAt: c.revoked_at }, person, stepChanges);
  return {
    id: c.id,
    participantId: c.participant_id,
    purpose: c.purpose as ConsentPurpose,
    organisationIds: c.organisation_ids,
    dataCategories: c.data_categories as DataCategory[],
    givenOn: c.given_on,
    givenBy: c.given_by,
    guardianId: c.guardian_id,
    method: c.method as ConsentMethod,
    revokedAt: c.revoked_at ? new Date(c.revoked_at).toISOString() : null,
    inForce: consentInForce({ givenOn: c.given_on, givenBy: c.given_by, revokedAt: c.revoked_at }, person, today),
    renewalDueOn: renewal?.dueOn ?? null,
    renewalReason: renewal?.reason ?? null,
    createdAt: new Date(c.created_at).toISOString(),
  };
}
export type PresentedConsent = ReturnType<typeof presentConsent>;
