import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/local-time.ts';
import { consentInForce, consentRenewalDue, consentsDue } from './consent.ts';
import { birthdayOn } from './dates.ts';

const youth = { kind: 'youth' as const, birthDate: '2012-03-10' };
const given = (
  givenOn: string,
  extra: Partial<{ revokedAt: string | null; givenBy: 'participant' | 'guardian'; purpose: string; createdAt: string; id: string }> = {},
) => ({
  id: extra.id ?? givenOn,
  purpose: extra.purpose ?? 'share_job_centre',
  givenOn,
  givenBy: extra.givenBy ?? 'guardian',
  revokedAt: extra.revokedAt ?? null,
  createdAt: extra.createdAt ?? `${givenOn}T10:00:00Z`,
});

describe('consentRenewalDue', () => {
  it('falls due on turning 15, then 18', () => {
    expect(consentRenewalDue(given('2026-01-05'), youth, [])).toEqual({ dueOn: '2027-03-10', reason: 'turns_15' });
    expect(consentRenewalDue(given('2027-03-10'), youth, [])).toEqual({ dueOn: '2030-03-10', reason: 'turns_18' });
    expect(consentRenewalDue(given('2030-03-10'), youth, [])).toBeNull();
  });
  it('falls due on a new step if that comes first', () => {
    expect(consentRenewalDue(given('2026-01-05'), youth, ['2026-01-05', '2026-06-01'])).toEqual({
      dueOn: '2026-06-01',
      reason: 'new_step',
    });
  });
  it('never falls due for adults or revoked consents', () => {
    expect(consentRenewalDue(given('2026-01-05'), { kind: 'adult', birthDate: '1990-01-01' }, ['2026-02-01'])).toBeNull();
    expect(consentRenewalDue(given('2026-01-05', { revokedAt: '2026-01-06T00:00:00Z' }), youth, [])).toBeNull();
  });
  it('is always after the consent was given and no later than the next 15th/18th birthday or step', () => {
    const d = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(d, fc.array(d, { maxLength: 4 }), (givenOn, steps) => {
        const r = consentRenewalDue(given(givenOn), youth, steps);
        const bounds = [birthdayOn(youth.birthDate, 15), birthdayOn(youth.birthDate, 18), ...steps].filter((x) => x > givenOn).sort();
        if (bounds.length === 0) expect(r).toBeNull();
        else expect(r?.dueOn).toBe(bounds[0]);
        if (r) expect(r.dueOn > givenOn).toBe(true);
      }),
    );
  });
});

describe('consentsDue', () => {
  it('counts only the latest unrevoked consent per purpose', () => {
    const old = given('2026-01-05', { id: 'old' });
    const renewed = given('2027-03-12', { id: 'new' });
    expect(consentsDue([old], youth, [], '2027-03-11').map((d) => d.consent.id)).toEqual(['old']);
    expect(consentsDue([old, renewed], youth, [], '2027-03-12')).toEqual([]);
    expect(consentsDue([old], youth, [], '2027-03-09')).toEqual([]);
  });
});

describe('consentInForce', () => {
  it('stops at revocation, and a guardian’s consent at 18', () => {
    expect(consentInForce(given('2026-01-05'), youth, '2026-02-01')).toBe(true);
    expect(consentInForce(given('2026-01-05', { revokedAt: '2026-01-10T00:00:00Z' }), youth, '2026-02-01')).toBe(false);
    expect(consentInForce(given('2026-01-05'), youth, '2030-03-10')).toBe(false);
    expect(consentInForce(given('2026-01-05', { givenBy: 'participant' }), youth, '2030-03-10')).toBe(true);
    expect(consentInForce(given('2026-03-01'), youth, '2026-02-01')).toBe(false);
  });
});
