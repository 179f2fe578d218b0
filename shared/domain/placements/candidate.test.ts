import { describe, expect, it } from 'vitest';
import { employerCategories, type EmployerConsent } from './candidate.ts';
import { proposalStaleness } from './stale.ts';
import { suggestedNextStep } from './ladder.ts';

const consent = (over: Partial<EmployerConsent> = {}): EmployerConsent => ({
  purpose: 'share_employer',
  givenOn: '2026-01-10',
  givenBy: 'participant',
  revokedAt: null,
  organisationIds: [],
  dataCategories: ['contact', 'profile'],
  ...over,
});
const youth = { kind: 'youth' as const, birthDate: '2010-03-01' };

describe('employerCategories', () => {
  it('shares what a consent in force covers for this organisation', () => {
    expect(employerCategories([consent()], youth, 'org-a', '2026-02-01')).toEqual(['contact', 'profile']);
    expect(employerCategories([consent({ organisationIds: ['org-b'] })], youth, 'org-a', '2026-02-01')).toEqual([]);
    expect(
      employerCategories([consent({ organisationIds: ['org-a'], dataCategories: ['education'] })], youth, 'org-a', '2026-02-01'),
    ).toEqual(['education']);
  });

  it('stops at once on revocation, and never shares talks or guardians', () => {
    expect(employerCategories([consent({ revokedAt: '2026-01-20T10:00:00Z' })], youth, 'org-a', '2026-02-01')).toEqual([]);
    expect(employerCategories([consent({ purpose: 'share_job_centre' })], youth, 'org-a', '2026-02-01')).toEqual([]);
    expect(employerCategories([consent({ dataCategories: ['talks', 'guardians', 'ladder'] })], youth, 'org-a', '2026-02-01')).toEqual([]);
  });

  it('does not let a guardian’s consent speak for an adult', () => {
    expect(employerCategories([consent({ givenBy: 'guardian' })], youth, 'org-a', '2028-03-01')).toEqual([]);
  });
});

describe('proposalStaleness and suggestedNextStep', () => {
  it('flags, then closes, a proposal nobody moves', () => {
    const s = { staleFlagDays: 14, staleCloseDays: 30 };
    expect(proposalStaleness('2026-03-01', '2026-03-14', s)).toBe('fresh');
    expect(proposalStaleness('2026-03-01', '2026-03-15', s)).toBe('flagged');
    expect(proposalStaleness('2026-03-01', '2026-03-31', s)).toBe('close');
    expect(() => proposalStaleness('2026-03-01', '2026-03-31', { staleFlagDays: 10, staleCloseDays: 5 })).toThrow(RangeError);
  });

  it('suggests the next ladder step for youth, up to step 4', () => {
    expect(suggestedNextStep('youth', 1)).toBe(2);
    expect(suggestedNextStep('youth', 3)).toBe(4);
    expect(suggestedNextStep('youth', 4)).toBeNull();
    expect(suggestedNextStep('adult', null)).toBeNull();
  });
});
