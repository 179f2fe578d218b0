import { ageOn } from '../youth-rules/category.ts';
import type { ConsentGiver, ParticipantKind } from './constants.ts';
import { birthdayOn } from './dates.ts';

export type RenewalReason = 'turns_15' | 'turns_18' | 'new_step';

export interface ConsentFacts {
  id: string;
  purpose: string;
  givenOn: string;
  givenBy: ConsentGiver;
  /** Set once revoked; revocation takes effect at once. */
  revokedAt: Date | string | null;
  createdAt: Date | string;
}

export interface PersonFacts {
  kind: ParticipantKind;
  birthDate: string;
}

const REASON_ORDER: Record<RenewalReason, number> = { turns_15: 0, turns_18: 1, new_step: 2 };

/**
 * When a youth's consent must be renewed: on turning 15 (they may then speak for themselves), on
 * turning 18 (a guardian no longer can), or on moving to a new step (the sharing it covered
 * changes), whichever comes first after it was given. `stepChanges` are the dates of real step
 * changes (not the intake). Adults' and revoked consents never fall due.
 */
export function consentRenewalDue(
  consent: Pick<ConsentFacts, 'givenOn' | 'revokedAt'>,
  person: PersonFacts,
  stepChanges: readonly string[],
): { dueOn: string; reason: RenewalReason } | null {
  if (consent.revokedAt || person.kind !== 'youth') return null;
  const options: Array<{ dueOn: string; reason: RenewalReason }> = [];
  const at15 = birthdayOn(person.birthDate, 15);
  const at18 = birthdayOn(person.birthDate, 18);
  if (consent.givenOn < at15) options.push({ dueOn: at15, reason: 'turns_15' });
  if (consent.givenOn < at18) options.push({ dueOn: at18, reason: 'turns_18' });
  const nextStep = stepChanges.filter((d) => d > consent.givenOn).sort()[0];
  if (nextStep) options.push({ dueOn: nextStep, reason: 'new_step' });
  options.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || REASON_ORDER[a.reason] - REASON_ORDER[b.reason]);
  return options[0] ?? null;
}

/**
 * Whether sharing may rely on a consent today: given, not revoked, and — when a guardian gave it —
 * the participant is still a minor (a guardian cannot consent for an adult). A renewal falling due
 * does not end it: the to-do list asks for the renewal instead.
 */
export function consentInForce(
  consent: Pick<ConsentFacts, 'givenOn' | 'givenBy' | 'revokedAt'>,
  person: PersonFacts,
  today: string,
): boolean {
  if (consent.revokedAt || consent.givenOn > today) return false;
  if (consent.givenBy === 'guardian' && ageOn(person.birthDate, today) >= 18) return false;
  return true;
}

/**
 * The consents whose renewal is due on `today`: per purpose only the latest unrevoked consent
 * counts (a renewal is simply a newer consent for the same purpose).
 */
export function consentsDue<C extends ConsentFacts>(
  consents: readonly C[],
  person: PersonFacts,
  stepChanges: readonly string[],
  today: string,
): Array<{ consent: C; dueOn: string; reason: RenewalReason }> {
  const latest = new Map<string, C>();
  for (const c of consents) {
    if (c.revokedAt) continue;
    const held = latest.get(c.purpose);
    const newer = !held || c.givenOn > held.givenOn || (c.givenOn === held.givenOn && new Date(c.createdAt) > new Date(held.createdAt));
    if (newer) latest.set(c.purpose, c);
  }
  const due: Array<{ consent: C; dueOn: string; reason: RenewalReason }> = [];
  for (const c of latest.values()) {
    const r = consentRenewalDue(c, person, stepChanges);
    if (r && r.dueOn <= today) due.push({ consent: c, ...r });
  }
  return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
