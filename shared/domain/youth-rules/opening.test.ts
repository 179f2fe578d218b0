import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOpeningLegality, NO_RISK_FLAGS, openingWindow, type Opening } from './opening.ts';
import { OPENING_REFUSAL_CODES, type OpeningRefusalCode } from './types.ts';

const CLEAN: Opening = {
  minAge: 14,
  maxAge: 17,
  flags: { ...NO_RISK_FLAGS, lightWorkOnly: true },
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
    [
      'adults at night',
      { minAge: 18, maxAge: null, weeklySchedule: [{ weekday: 6, start: '22:00', end: '06:00', breakMinutes: 30 }], hoursPerWeek: 37 },
      [],
    ],
    ['2h on a weekday', { weeklySchedule: [{ weekday: 2, start: '15:00', end: '17:00', breakMinutes: 0 }] }, []],
    ['2h01 on a weekday', { weeklySchedule: [{ weekday: 2, start: '15:00', end: '17:01', breakMinutes: 0 }] }, ['daily-hours']],
    ['7h on Saturday at 14', { weeklySchedule: [{ weekday: 6, start: '09:00', end: '16:30', breakMinutes: 30 }], hoursPerWeek: 7 }, []],
    [
      '7h01 on Saturday at 14',
      { weeklySchedule: [{ weekday: 6, start: '09:00', end: '16:31', breakMinutes: 30 }], hoursPerWeek: 7 },
      ['daily-hours'],
    ],
    [
      '8h on Saturday at 15',
      { minAge: 15, weeklySchedule: [{ weekday: 6, start: '08:00', end: '16:30', breakMinutes: 30 }], hoursPerWeek: 8 },
      [],
    ],
    ['12h a week', { hoursPerWeek: 12 }, []],
    ['12.5h a week', { hoursPerWeek: 12.5 }, ['weekly-hours']],
    [
      'a schedule longer than the stated hours',
      {
        weeklySchedule: [1, 2, 3, 4, 5]
          .map((weekday) => ({ weekday, start: '15:00', end: '17:00', breakMinutes: 0 }))
          .concat([{ weekday: 6, start: '10:00', end: '13:00', breakMinutes: 0 }]),
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
    [
      'machines at 14 in 2024',
      { onDate: '2024-06-01', flags: { machinesOrChemicals: true, riskAssessmentDoneOn: '2024-01-10' } },
      ['machines-under-15'],
    ],
    ['machines at 14 in 2026 with a risk assessment', { flags: { machinesOrChemicals: true, riskAssessmentDoneOn: '2025-09-01' } }, []],
    [
      'machines at 16 without a risk assessment',
      { minAge: 16, flags: { machinesOrChemicals: true } },
      ['machines-without-risk-assessment'],
    ],
    [
      'a risk assessment dated after the opening date',
      { minAge: 16, flags: { machinesOrChemicals: true, riskAssessmentDoneOn: '2026-03-03' } },
      ['machines-without-risk-assessment'],
    ],
    ['a risk assessment exactly 3 years old', { minAge: 16, flags: { machinesOrChemicals: true, riskAssessmentDoneOn: '2023-03-02' } }, []],
    [
      'a risk assessment 3 years and a day old',
      { minAge: 16, flags: { machinesOrChemicals: true, riskAssessmentDoneOn: '2023-03-01' } },
      ['machines-without-risk-assessment'],
    ],
    ['machines for adults', { minAge: 18, maxAge: null, flags: { machinesOrChemicals: true } }, []],
    ['lone work at 15', { minAge: 15, flags: { loneWork: true } }, []],
    ['lone work at 14', { flags: { loneWork: true } }, ['lone-work-under-15']],
    [
      'money without an adult until 18:00 on a weekday',
      {
        minAge: 16,
        adultStaffPresent: false,
        flags: { moneyHandling: true },
        weeklySchedule: [{ weekday: 2, start: '16:00', end: '18:00', breakMinutes: 0 }],
      },
      [],
    ],
    [
      'money without an adult until 18:01',
      {
        minAge: 16,
        adultStaffPresent: false,
        flags: { moneyHandling: true },
        weeklySchedule: [{ weekday: 2, start: '16:01', end: '18:01', breakMinutes: 0 }],
      },
      ['lone-evening-shop-work'],
    ],
    [
      'money without an adult on Saturday after 14:00',
      {
        minAge: 16,
        adultStaffPresent: false,
        flags: { moneyHandling: true },
        weeklySchedule: [{ weekday: 6, start: '12:00', end: '14:01', breakMinutes: 0 }],
      },
      ['lone-evening-shop-work'],
    ],
    [
      'money with an adult present',
      { minAge: 16, flags: { moneyHandling: true }, weeklySchedule: [{ weekday: 6, start: '12:00', end: '19:00', breakMinutes: 30 }] },
      [],
    ],
    [
      'children under 15 with a certificate',
      { minAge: 18, maxAge: 30, flags: { contactWithChildrenUnder15: true, childProtectionCertificate: true } },
      [],
    ],
    [
      'children under 15 without one',
      { minAge: 18, maxAge: 30, flags: { contactWithChildrenUnder15: true } },
      ['child-certificate-required'],
    ],
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
      'Planlagt arbejdstid fredag kl. 15:00–21:00. Et barn på 12 år må kun arbejde mellem kl. 06:00 og kl. 20:00 (arbejdsmiljøloven § 61, stk. 4, og BEK om unges arbejde).',
    );
  });

  it('rejects malformed openings', () => {
    expect(() => checkOpeningLegality(opening({ minAge: 14.5 }))).toThrow(RangeError);
    expect(() => checkOpeningLegality(opening({ maxAge: 13 }))).toThrow(RangeError);
    expect(() => checkOpeningLegality(opening({ onDate: '2026-02-30' }))).toThrow(RangeError);
    expect(() => checkOpeningLegality(opening({ hoursPerWeek: -1 }))).toThrow(RangeError);
    expect(() =>
      checkOpeningLegality(opening({ weeklySchedule: [{ weekday: 8, start: '10:00', end: '11:00', breakMinutes: 0 }] })),
    ).toThrow(RangeError);
    expect(() =>
      checkOpeningLegality(opening({ weeklySchedule: [{ weekday: 1, start: '10:00', end: '11:00', breakMinutes: 60 }] })),
    ).toThrow(RangeError);
    expect(() => checkOpeningLegality(opening({ flags: { riskAssessmentDoneOn: 'last year' } }))).toThrow(RangeError);
  });

  it('exposes the window that binds the youngest age', () => {
    expect(openingWindow(14, '2026-03-02')).toEqual({ start: '06:00', end: '20:00' });
    expect(openingWindow(16, '2026-03-02')).toEqual({ start: '06:00', end: '20:00' });
    expect(openingWindow(18, '2026-03-02')).toBeNull();
    expect(openingWindow(16, '2026-03-02', true)).toEqual({ start: '06:00', end: '22:00' });
    expect(openingWindow(16, '2025-06-30', true)).toEqual({ start: '06:00', end: '20:00' });
    expect(openingWindow(14, '2026-03-02', true)).toEqual({ start: '06:00', end: '20:00' });
  });
});

describe('checkOpeningLegality for openings only for young people out of compulsory school', () => {
  /** A step-4 apprenticeship or internship: Monday–Friday 07:00–13:30 with 30 minutes' break, 30 hours a week. */
  const VVS = opening({
    minAge: 16,
    flags: { lightWorkOnly: false, machinesOrChemicals: true, riskAssessmentDoneOn: '2026-01-15' },
    weeklySchedule: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '07:00', end: '13:30', breakMinutes: 30 })),
    hoursPerWeek: 30,
  });
  const outOfSchool = (patch: Patch): Opening => ({
    ...opening({ ...VVS, ...patch, flags: { ...VVS.flags, ...patch.flags } }),
    onlyOutOfCompulsorySchool: true,
  });

  it('accepts a full-time step-4 job for 16-year-olds out of school, and refuses it when pupils may apply', () => {
    expect(checkOpeningLegality({ ...VVS, onlyOutOfCompulsorySchool: true })).toEqual([]);
    const refusals = checkOpeningLegality(VVS);
    expect(refusals.map((r) => r.code)).toEqual(['daily-hours', 'weekly-hours']);
    expect(refusals[0]?.message).toBe(
      'Planlagt mandag 6 timer, tirsdag 6 timer, onsdag 6 timer, torsdag 6 timer og fredag 6 timer. En 16-årig må højst arbejde 2 timer på en skoledag (mandag–fredag) og 8 timer på en skolefri dag, medmindre opslaget kun er for unge, der er færdige med undervisningspligten (arbejdsmiljøloven § 61, stk. 2, og BEK om unges arbejde).',
    );
    expect(checkOpeningLegality({ ...VVS, onlyOutOfCompulsorySchool: false })).toEqual(refusals);
  });

  it('still judges a 14-year-old minimum as a child', () => {
    const refusals = checkOpeningLegality(outOfSchool({ minAge: 14, flags: { lightWorkOnly: true } }));
    expect(refusals.map((r) => r.code)).toEqual(['daily-hours', 'weekly-hours']);
    expect(refusals[0]?.message).toMatch(
      /En 14-årig må højst arbejde 2 timer på en skoledag \(mandag–fredag\) og 7 timer på en skolefri dag \(/,
    );
    expect(openingWindow(13, '2026-03-02', true)).toEqual(openingWindow(13, '2026-03-02'));
  });

  it.each<[string, Patch, OpeningRefusalCode[]]>([
    ['8h on a weekday', { weeklySchedule: [{ weekday: 2, start: '07:00', end: '15:30', breakMinutes: 30 }], hoursPerWeek: 8 }, []],
    [
      '8h01 on a weekday',
      { weeklySchedule: [{ weekday: 2, start: '07:00', end: '15:31', breakMinutes: 30 }], hoursPerWeek: 8 },
      ['daily-hours'],
    ],
    [
      '8h01 on a Sunday',
      { weeklySchedule: [{ weekday: 7, start: '07:00', end: '15:31', breakMinutes: 30 }], hoursPerWeek: 8 },
      ['daily-hours'],
    ],
    ['40h a week', { hoursPerWeek: 40 }, []],
    ['40.5h a week', { hoursPerWeek: 40.5 }, ['weekly-hours']],
    [
      'until 22:00 under the 2025 widening',
      { weeklySchedule: [{ weekday: 6, start: '16:00', end: '22:00', breakMinutes: 30 }], hoursPerWeek: 5.5 },
      [],
    ],
    [
      'until 22:01 under the 2025 widening',
      { weeklySchedule: [{ weekday: 6, start: '16:01', end: '22:01', breakMinutes: 30 }], hoursPerWeek: 5.5 },
      ['night-work'],
    ],
    [
      'until 23:00 (the alternative window needs an agreement)',
      { weeklySchedule: [{ weekday: 6, start: '17:00', end: '23:00', breakMinutes: 30 }], hoursPerWeek: 5.5 },
      ['night-work'],
    ],
    ['from 05:59', { weeklySchedule: [{ weekday: 6, start: '05:59', end: '10:00', breakMinutes: 0 }], hoursPerWeek: 4 }, ['night-work']],
    [
      'until 22:00 before the 2025 widening',
      {
        onDate: '2025-06-02',
        flags: { riskAssessmentDoneOn: '2025-01-15' },
        weeklySchedule: [{ weekday: 6, start: '16:00', end: '22:00', breakMinutes: 30 }],
        hoursPerWeek: 5.5,
      },
      ['night-work'],
    ],
    [
      '6h without a break',
      { weeklySchedule: [{ weekday: 2, start: '07:00', end: '13:00', breakMinutes: 0 }], hoursPerWeek: 6 },
      ['missing-break'],
    ],
    ['machines without a risk assessment', { flags: { riskAssessmentDoneOn: null } }, ['machines-without-risk-assessment']],
    [
      'money alone in the shop after 18:00',
      {
        adultStaffPresent: false,
        flags: { moneyHandling: true },
        weeklySchedule: [{ weekday: 2, start: '13:00', end: '19:00', breakMinutes: 30 }],
        hoursPerWeek: 5.5,
      },
      ['lone-evening-shop-work'],
    ],
    [
      'adults are unaffected',
      { minAge: 18, maxAge: null, weeklySchedule: [{ weekday: 6, start: '22:00', end: '06:00', breakMinutes: 30 }], hoursPerWeek: 37 },
      [],
    ],
  ])('%s', (_name, patch, expected) => {
    expect(codes(outOfSchool(patch))).toEqual(expected);
  });

  it('property: the flag never adds a refusal, and changes nothing under 15 or from 18', () => {
    const clock = fc
      .integer({ min: 0, max: 95 })
      .map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
    const entry = fc.record({
      weekday: fc.integer({ min: 1, max: 7 }),
      start: clock,
      end: clock,
      breakMinutes: fc.constantFrom(0, 15, 30),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 12, max: 19 }),
        fc.array(entry, { maxLength: 6 }),
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom('2024-06-03', '2025-03-03', '2026-03-02'),
        fc.boolean(),
        (minAge, schedule, hoursPerWeek, onDate, machines) => {
          // Drop entries whose break is not shorter than the shift (malformed input throws).
          const weeklySchedule = schedule.filter((e) => {
            const length =
              (Number(e.end.slice(0, 2)) * 60 +
                Number(e.end.slice(3)) -
                Number(e.start.slice(0, 2)) * 60 -
                Number(e.start.slice(3)) +
                1440) %
                1440 || 1440;
            return e.breakMinutes < length;
          });
          const base = opening({
            minAge,
            maxAge: null,
            weeklySchedule,
            hoursPerWeek,
            onDate,
            flags: { machinesOrChemicals: machines, riskAssessmentDoneOn: null },
          });
          const without = codes(base);
          const withFlag = codes({ ...base, onlyOutOfCompulsorySchool: true });
          expect(withFlag.every((c) => without.includes(c))).toBe(true);
          if (minAge < 15 || minAge >= 18)
            expect(checkOpeningLegality({ ...base, onlyOutOfCompulsorySchool: true })).toEqual(checkOpeningLegality(base));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the out-of-school rules and their sources in its reasons', () => {
    const refusals = checkOpeningLegality(
      outOfSchool({ weeklySchedule: [{ weekday: 6, start: '13:00', end: '23:00', breakMinutes: 30 }], hoursPerWeek: 42 }),
    );
    expect(refusals.map((r) => [r.code, r.message])).toEqual([
      [
        'night-work',
        'Planlagt arbejdstid lørdag kl. 13:00–23:00. En 16-årig, der er færdig med undervisningspligten, må kun arbejde mellem kl. 06:00 og kl. 22:00 (arbejdsmiljøloven § 61, stk. 4–5, og BEK om unges arbejde som ændret 1. juli 2025).',
      ],
      [
        'daily-hours',
        'Planlagt lørdag 9,5 timer. En 16-årig, der er færdig med undervisningspligten, må højst arbejde 8 timer om dagen (arbejdsmiljøloven § 61, stk. 1, og BEK om unges arbejde).',
      ],
      [
        'weekly-hours',
        '42 timer om ugen. En 16-årig, der er færdig med undervisningspligten, må højst arbejde 40 timer om ugen (arbejdsmiljøloven § 61, stk. 1, og BEK om unges arbejde).',
      ],
    ]);
    expect(refusals[1]?.messageEn).toBe(
      "Scheduled Saturday 9.5 hours. A 16-year-old who has left compulsory school may work at most 8 hours a day (Working Environment Act s. 61(1), and the Executive Order on young people's work).",
    );
  });
});
