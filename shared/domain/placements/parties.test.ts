import { describe, expect, it } from 'vitest';
import { partiesOf, primaryParty, type PartyFacts } from './parties.ts';

const facts = (memberships: PartyFacts['memberships'], over: Partial<PartyFacts> = {}): PartyFacts => ({
  userId: 'u1',
  memberships,
  openingOrganisationId: 'org-a',
  participantUserId: null,
  guardianUserIds: [],
  mentorUserId: null,
  ...over,
});

describe('partiesOf', () => {
  it('needs the right organisation, account or assignment, not just the role', () => {
    expect(partiesOf(facts([{ role: 'employer_contact', organisationId: 'org-a' }]))).toEqual(['employer']);
    expect(partiesOf(facts([{ role: 'employer_contact', organisationId: 'org-b' }]))).toEqual([]);
    expect(partiesOf(facts([{ role: 'participant', organisationId: null }], { participantUserId: 'u2' }))).toEqual([]);
    expect(partiesOf(facts([{ role: 'participant', organisationId: null }], { participantUserId: 'u1' }))).toEqual(['participant']);
    expect(partiesOf(facts([{ role: 'guardian', organisationId: null }], { guardianUserIds: ['u1'] }))).toEqual(['guardian']);
    expect(partiesOf(facts([{ role: 'mentor', organisationId: null }], { mentorUserId: 'u9' }))).toEqual([]);
    expect(partiesOf(facts([{ role: 'mentor', organisationId: null }], { mentorUserId: 'u1' }))).toEqual(['mentor']);
    expect(partiesOf(facts([{ role: 'caseworker', organisationId: null }]))).toEqual([]);
  });

  it('acts as the strongest party held', () => {
    expect(
      primaryParty(
        facts([
          { role: 'employer_contact', organisationId: 'org-a' },
          { role: 'coordinator', organisationId: null },
        ]),
      ),
    ).toBe('coordinator');
    expect(primaryParty(facts([]))).toBeNull();
  });
});
