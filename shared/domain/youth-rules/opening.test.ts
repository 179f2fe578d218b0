import { describe, expect, it } from 'vitest';
import { checkOpeningLegality, openingWindow, type Opening } from './opening.ts';
import { OPENING_REFUSAL_CODES, type OpeningRefusalCode } from './types.ts';

const CLEAN: Opening = {
  minAge: 14,
  maxAge: 17,
  flags: {
    lightWorkOnly: true,
    machinesOrChemicals: false,
    riskAssessmentDoneOn: null,
    alcoholServed: false,
    liftingOver12kg: false,
    loneWork: false,
    moneyHandling: false,
    contactWithChildrenUnder15: false,
  },
  adultStaffPresent: true,
  weeklySchedule: [
    { weekday: 1, start: '15:00', end: '17:00', breakMinutes: 0 },
    { weekday: 6, start: '10:00', end: '14:00', breakMinutes: 0 },
  ],
  hoursPerWeek: 6,
  onDate: '2026-03-02',
};

type Patch = Omit<Partial<Opening>, 'flags'> & { flags?: Partial<Opening['flags']> };

function opening(patch: Patch): Opening {
  return { ...CLEAN, ...patch, flags: { ...CLEAN.flags, ...patch.flags } };
}

const codes = (o: Opening): OpeningRefusalCode[] => checkOpeningLegality(o).map((r) => r.code);

describe('checkOpeningLegality', () => {
  it('accepts a light, short, daytime job for 14-year-olds', () => {
    expect(checkOpeningLegality(CLEAN)).toEqual([]);
  });

  it.each<[string, Patch, OpeningRefusalCode[]]>([
    ['min age 13', { minAge: 13 }, []],
    ['min age 12', { minAge: 12 }, ['min-age-below-13']],
    ['light work at 14', {}, []],
    ['not light work at 14', { flags: { lightWorkOnly: false } }, ['light-work-required']],
    ['not light work at 15', { minAge: 15, flags: { lightWorkOnly: false } }, []],
    ['14-year-olds until 20:00', { weeklySchedule: [{ weekday: 6, start: '14:00', end: '20:00', breakMinutes: 30 }] }, []],
    ['14-year-olds until 20:01', { weeklySchedule: [{ weekday: 6, start: '14:01', end: '20:01', breakMinutes: 30 }] }, ['night-work']],
    ['14-year-olds from 05:59', { weeklySchedule: [{ weekday: 6, start: '05:59', end: '08:00', breakMinutes: 0 }] }, ['night-work']],
    [
      '16-year-olds until 22:00 (school status unknown, so 20:00 binds)',
      { minAge: 16, weeklySchedule: [{ weekday: 6, start: '16:00', end: '22:00', breakMinutes: 30 }] },
      ['night-work'],
    ],
    [
      'a shift past midnight',
      { minAge: 16, weeklySchedule: [{ weekday: 6, start: '18:00', end: '01:00', breakMinutes: 30 }] },
      ['night-work'],
    ],
    ['adults at night', { minAge: 18, maxAge: null, weeklySchedule: [{ weekday: 6, start: '22:00', end: '06:00', breakMinutes: 30 }], hoursPerWeek: 37 }, []],
    ['2h on a weekday', { weeklySchedule: [{ weekday: 2, start: '15:00', end: '17:00', breakMinutes: 0 }] }, []],
    ['2h01 on a weekday', { weeklySchedule: [{ weekday: 2, start: '15:00', end: '17:01', breakMinutes: 0 }] }, ['daily-hours']],
    ['7h on Saturday at 14', { weeklySchedule: [{ weekday: 6, start: '09:00', end: '16:30', breakMinutes: 30 }], hoursPerWeek: 7 }, []],
    ['7h01 on Saturday at 14', { weeklySchedule: [{ weekday: 6, start: '09:00', end: '16:31', breakMinutes: 30 }], hoursPerWeek: 7 }, ['daily-hours']],
    ['8h on Saturday at 15', { minAge: 15, weeklySchedule: [{ weekday: 6, start: '08:00', end: '16:30', breakMinutes: 30 }], hoursPerWeek: 8 }, []],
    ['12h a week', { hoursPerWeek: 12 }, []],
    ['12.5h a week', { hoursPerWeek: 12.5 }, ['weekly-hours']],
    [
      'a schedule longer than the stated hours',
      {
        weeklySchedule: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '15:00', end: '17:00', breakMinutes: 0 })).concat([
          { weekday: 6, start: '10:00', end: '13:00', breakMinutes: 0 },
        ]),
        hoursPerWeek: 10,
      },
      ['weekly-hours'],
    ],
    ['5h with a 30-minute break', { weeklySchedule: [{ weekday: 6, start: '09:00', end: '14:30', breakMinutes: 30 }] }, []],
    ['5h with a 20-minute break', { weeklySchedule: [{ weekday: 6, start: '09:00', end: '14:20', breakMinutes: 20 }] }, ['missing-break']],
    ['alcohol at 15', { minAge: 15, flags: { alcoholServed: true } }, []],
    ['alcohol at 14', { flags: { alcoholServed: true } }, ['alcohol-under-15']],
    ['lifting at 15', { minAge: 15, flags: { liftingOver12kg: true } }, []],
    ['lifting at 14', { flags: { liftingOver12kg: true } }, ['heavy-lifting-under-15']],
    ['machines at 14 in 2024', { onDate: '2024-06-01', flags: { machinesOrChemicals: true, riskAssessmentDoneOn: '2024-01-10' } }, ['machines-under-15']],
    ['machines at 14 in 2026 with a risk assessment', { flags: { machinesOrChemicals: true, riskAssessmentDoneOn: '2025-09-01' } }, []],
    ['machines at 16 without a risk assessment', { minAge: 16, flags: { machinesOrChemicals: true } }, ['machines-without-risk-assessment']],
    ['a risk assessment dated after the opening date', { minAge: 16, flags: { machinesOrChemicals: true, riskAssessmentDoneOn: '2026-03-03' } }, ['machines-without-risk-assessment']],
    ['a risk assessment exactly 3 years old', { minAge: 16, flags: { machinesOrChemicals: true, riskAssessmentDoneOn: '2023-03-02' } }, []],
    ['a risk assessment 3 years and a day old', { minAge: 16, flags: { machinesOrChemicals: true, riskAssessmentDoneOn: '2023-03-01' } }, ['machines-without-risk-assessment']],
    ['machines for adults', { minAge: 18, maxAge: null, flags: { machinesOrChemicals: true } }, []],
    ['lone work at 15', { minAge: 15, flags: { loneWork: true } }, []],
    ['lone work at 14', { flags: { loneWork: true } }, ['lone-work-under-15']],
    ['money without an adult until 18:00 on a weekday', { minAge: 16, adultStaffPresent: false, flags: { moneyHandling: true }, weeklySchedule: [{ weekday: 2, start: '16:00', end: '18:00', breakMinutes: 0 }] }, []],
    ['money without an adult until 18:01', { minAge: 16, adultStaffPresent: false, flags: { moneyHandling: true }, weeklySchedule: [{ weekday: 2, start: '16:01', end: '18:01', breakMinutes: 0 }] }, ['lone-evening-shop-work']],
    ['money without an adult on Saturday after 14:00', { minAge: 16, adultStaffPresent: false, flags: { moneyHandling: true }, weeklySchedule: [{ weekday: 6, start: '12:00', end: '14:01', breakMinutes: 0 }] }, ['lone-evening-shop-work']],
    ['money with an adult present', { minAge: 16, flags: { moneyHandling: true }, weeklySchedule: [{ weekday: 6, start: '12:00', end: '19:00', breakMinutes: 30 }] }, []],
    ['children under 15 with a certificate', { minAge: 18, maxAge: 30, flags: { contactWithChildrenUnder15: true, childProtectionCertificate: true } }, []],
    ['children under 15 without one', { minAge: 18, maxAge: 30, flags: { contactWithChildrenUnder15: true } }, ['child-certificate-required']],
  ])('%s', (_name, patch, expected) => {
    expect(codes(opening(patch))).toEqual(expected);
  });

  it('lists every reason, in the documented order, with Danish messages naming the rule', () => {
    const refusals = checkOpeningLegality(
      opening({
        minAge: 12,
        adultStaffPresent: false,
        flags: {
          lightWorkOnly: false,
          machinesOrChemicals: true,
          alcoholServed: true,
          liftingOver12kg: true,
          loneWork: true,
          moneyHandling: true,
          contactWithChildrenUnder15: true,
        },
        onDate: '2024-06-01',
        weeklySchedule: [{ weekday: 5, start: '15:00', end: '21:00', breakMinutes: 0 }],
        hoursPerWeek: 15,
      }),
    );
    expect(refusals.map((r) => r.code)).toEqual([...OPENING_REFUSAL_CODES]);
    for (const r of refusals) {
      expect(r.message).toMatch(/\((arbejdsmiljøloven|BEK om unges arbejde|bekendtgørelse om indhentelse af børneattest)/);
      expect(r.messageEn.length).toBeGreaterThan(20);
    }
    expect(refusals.find((r) => r.code === 'night-work')?.message).toBe(
      'Planlagt arbejdstid fredag kl. 15.00–21.00. Et barn på 12 år må kun arbejde mellem kl. 06.00 og kl. 20.00 (arbejdsmiljøloven § 61, stk. 4, og BEK om unges arbejde).',
    );
  });

  it('rejects malformed openings', () => {
    expect(() => checkOpeningLegality(opening({ minAge: 14.5 }))).toThrow(RangeError);
    expect(() => checkOpeningLegality(opening({ maxAge: 13 }))).toThrow(RangeError);
    expect(() => checkOpeningLegality(opening({ onDate: '2026-02-30' }))).toThrow(RangeError);
    expect(() => checkOpeningLegality(opening({ hoursPerWeek: -1 }))).toThrow(RangeError);
    expect(() => checkOpeningLegality(opening({ weeklySchedule: [{ weekday: 8, start: '10:00', end: '11:00', breakMinutes: 0 }] }))).toThrow(RangeError);
    expect(() => checkOpeningLegality(opening({ weeklySchedule: [{ weekday: 1, start: '10:00', end: '11:00', breakMinutes: 60 }] }))).toThrow(RangeError);
    expect(() => checkOpeningLegality(opening({ flags: { riskAssessmentDoneOn: 'last year' } }))).toThrow(RangeError);
  });

  it('exposes the window that binds the youngest age', () => {
    expect(openingWindow(14, '2026-03-02')).toEqual({ start: '06:00', end: '20:00' });
    expect(openingWindow(16, '2026-03-02')).toEqual({ start: '06:00', end: '20:00' });
    expect(openingWindow(18, '2026-03-02')).toBeNull();
  });
});
