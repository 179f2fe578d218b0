import type { DataCategory } from '../participants/constants.ts';
import { consentInForce } from '../participants/consent.ts';

/**
 * The categories an employer may ever receive through a share_employer consent. Talks and
 * guardians stay inside the programme whatever a consent lists; the ladder step is shown anyway.
 */
export const EMPLOYER_SHAREABLE: readonly DataCategory[] = ['contact', 'education', 'profile', 'employment'];

export interface EmployerConsent {
  purpose: string;
  givenOn: string;
  givenBy: 'participant' | 'guardian';
  revokedAt: Date | string | null;
  organisationIds: readonly string[];
  dataCategories: readonly string[];
}

/**
 * What an employer contact of `organisationId` may see beyond the minimum (first name, age,
 * step/track, match reasons): the union of share_employer consents in force today that cover the
 * organisation (no organisations listed = every employer in the programme). A revoked consent
 * stops counting at once, so its data disappears on the next request.
 */
export function employerCategories(
  consents: readonly EmployerConsent[],
  person: { kind: 'youth' | 'adult'; birthDate: string },
  organisationId: string,
  today: string,
): DataCategory[] {
  const out = new Set<string>();
  for (const c of consents) {
    if (c.purpose !== 'share_employer') continue;
    if (!consentInForce({ givenOn: c.givenOn, givenBy: c.givenBy, revokedAt: c.revokedAt }, person, today)) continue;
    if (c.organisationIds.length > 0 && !c.organisationIds.includes(organisationId)) continue;
    for (const cat of c.dataCategories) out.add(cat);
  }
  return EMPLOYER_SHAREABLE.filter((c) => out.has(c));
}
