import { describe, expect, it } from 'vitest';
import { NO_RISK_FLAGS, OPENING_REFUSAL_CODES } from '../youth-rules/index.ts';
import { OPENING_LEGALITY_CODES, openingRefusals, type OpeningForLegality } from './legality.ts';

const CLEAN: OpeningForLegality = {
  kind: 'municipal_leisure',
  minAge: 14,
  maxAge: 17,
  hoursPerWeek: 4,
  weeklySchedule: [{ weekday: 2, start: '15:00', end: '17:00', breakMinutes: 0 }],
  adultStaffPresent: true,
  flags: { ...NO_RISK_FLAGS, lightWorkOnly: true },
  startsOn: '2026-03-02',
};

describe('openingRefusals', () => {
  it('passes a legal step-2 opening', () => {
    expect(openingRefusals(CLEAN)).toEqual([]);
  });

  it('requires an adult staff member in municipal leisure jobs, with a Danish and an English reason', () => {
    const refusals = openingRefusals({ ...CLEAN, adultStaffPresent: false });
    expect(refusals.map((r) => r.code)).toEqual(['staff_presence_required']);
    expect(refusals[0]!.message).toMatch(/voksen medarbejder/);
    expect(refusals[0]!.messageEn).toMatch(/adult staff member/);
  });

  it('does not require staff presence elsewhere, and passes the young-worker refusals through', () => {
    expect(openingRefusals({ ...CLEAN, kind: 'private_leisure', adultStaffPresent: false })).toEqual([]);
    expect(openingRefusals({ ...CLEAN, flags: { ...CLEAN.flags, alcoholServed: true } }).map((r) => r.code)).toEqual(['alcohol-under-15']);
  });

  it('knows every young-worker code plus its own', () => {
    expect(OPENING_LEGALITY_CODES).toEqual([...OPENING_REFUSAL_CODES, 'staff_presence_required']);
  });
});
