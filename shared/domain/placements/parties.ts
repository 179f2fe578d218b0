import type { Role } from '../access/roles.ts';
import type { Party } from './states.ts';

export interface PartyFacts {
  userId: string;
  /** The caller's memberships in the placement's programme. */
  memberships: ReadonlyArray<{ role: Role; organisationId: string | null }>;
  /** The organisation that owns the opening. */
  openingOrganisationId: string;
  participantUserId: string | null;
  /** Portal accounts of the participant's current (not removed) guardians. */
  guardianUserIds: readonly string[];
  /** The portal account of the assigned mentor, if any. */
  mentorUserId: string | null;
}

/** Strongest first: a coordinator who is also a company's contact acts as the coordinator. */
const ORDER: readonly Party[] = ['coordinator', 'employer', 'participant', 'guardian', 'mentor'];

/**
 * Every way the caller takes part in one placement. Roles alone are not enough: an employer
 * contact must belong to the opening's organisation, a participant or guardian must be the linked
 * portal account, a mentor must be the assigned one. An empty list means the placement does not
 * exist for them (the service answers 404, never 403, so nothing is confirmed).
 */
export function partiesOf(f: PartyFacts): Party[] {
  const has = new Set<Party>();
  for (const m of f.memberships) {
    if (m.role === 'administrator' || m.role === 'coordinator') has.add('coordinator');
    if (m.role === 'employer_contact' && m.organisationId !== null && m.organisationId === f.openingOrganisationId) has.add('employer');
    if (m.role === 'participant' && f.participantUserId === f.userId) has.add('participant');
    if (m.role === 'guardian' && f.guardianUserIds.includes(f.userId)) has.add('guardian');
    if (m.role === 'mentor' && f.mentorUserId === f.userId) has.add('mentor');
  }
  return ORDER.filter((p) => has.has(p));
}

/** The party the caller acts as (the strongest they hold), or null when they have none. */
export function primaryParty(f: PartyFacts): Party | null {
  return partiesOf(f)[0] ?? null;
}
