import { describe, expect, it } from 'vitest';
import type { OpeningKind } from '../../employers/openings.ts';
import type { AdultTrack } from '../../participants/constants.ts';
import type { OpeningScheduleEntry } from '../../youth-rules/opening.ts';
import { TRACK_OPENING_KINDS } from './prepare.ts';
import { ADULT, JOB, judge, LEISURE, NO_FLAGS, opening, person, SHARE_ALL, verdict, YOUTH, type Setup } from './test-fixtures.ts';
import type { RankingOpening, RankingParticipant } from './types.ts';

/** Every hard rule on both sides of its limit; `verdict` is the first failing rule's code or 'ok'. */

type Row = [string, RankingParticipant, RankingOpening, string, Setup?];

const sat = (start: string, end: string, breakMinutes = 0): OpeningScheduleEntry[] => [{ weekday: 6, start, end, breakMinutes }];
const evening = opening({ weeklySchedule: sat('14:00', '21:00', 30), hoursPerWeek: 6.5 });

describe('age (on the later of the opening start and the ranking date)', () => {
  it.each<Row>([
    ['turns 15 on the start date', person({ birthDate: '2011-03-02' }), LEISURE, 'ok'],
    ['turns 15 the day after', person({ birthDate: '2011-03-03' }), LEISURE, 'age.too-young'],
    ['17 the day before turning 18', person({ birthDate: '2008-03-03' }), LEISURE, 'ok'],
    ['turns 18 on the start date', person({ birthDate: '2008-03-02' }), LEISURE, 'age.too-old'],
    ['no upper limit', ADULT, JOB, 'ok'],
    ['15 by a later start date', person({ birthDate: '2011-05-31' }), opening({ startsOn: '2026-06-01' }), 'ok'],
    ['not 15 by a later start date', person({ birthDate: '2011-06-02' }), opening({ startsOn: '2026-06-01' }), 'age.too-young'],
    [
      'an opening that started earlier is judged on the ranking date',
      person({ birthDate: '2011-03-01' }),
      opening({ startsOn: '2026-01-05' }),
      'ok',
    ],
  ])('%s', (_, p, o, expected, setup) => {
    expect(verdict(p, o, setup)).toBe(expected);
  });

  it('says how old the person is and what the opening requires', () => {
    const why = judge(person({ birthDate: '2011-06-01' }), LEISURE).whyNot!;
    expect(why).toMatchObject({ rule: 'age', legal: true, params: { age: 14, minAge: 15, maxAge: 17 } });
    expect(why.message).toBe('14 år pr. 2. marts 2026; opslaget kræver mindst 15 år');
    expect(why.messageEn).toBe('14 years old on 2 March 2026; the opening requires at least 15');
  });
});

describe('working time for this person (youth rules by category)', () => {
  const pupil = person({ compulsorySchool: true });
  const child = person({ birthDate: '2011-06-01' });
  const forChildren = { minAge: 13 };
  it.each<Row>([
    ['16, out of school, Saturday until 21:00 (window 06–22 since July 2025)', YOUTH, evening, 'ok'],
    ['16, out of school, until 22:00', YOUTH, opening({ weeklySchedule: sat('15:00', '22:00', 30) }), 'ok'],
    ['16, out of school, until 22:01', YOUTH, opening({ weeklySchedule: sat('15:01', '22:01', 30) }), 'working-time.night-work'],
    ['16, pupil, Saturday until 21:00 (window 06–20)', pupil, evening, 'working-time.night-work'],
    ['16, pupil, Saturday until 20:00', pupil, opening({ weeklySchedule: sat('13:00', '20:00', 30) }), 'ok'],
    ['16, school status unknown counts as pupil', person({ compulsorySchool: null }), evening, 'working-time.night-work'],
    ['16, left school before the start date', person({ compulsorySchool: true, compulsorySchoolEndsOn: '2026-02-27' }), evening, 'ok'],
    [
      '16, leaves school after the start date',
      person({ compulsorySchool: true, compulsorySchoolEndsOn: '2026-03-02' }),
      evening,
      'working-time.night-work',
    ],
    [
      '16, out of school, before July 2025 (window 06–20)',
      YOUTH,
      opening({ ...evening, startsOn: '2025-03-03', endsOn: '2025-06-30' }),
      'working-time.night-work',
      { onDate: '2025-03-03' },
    ],
    ['14, Saturday until 20:00', child, opening({ ...forChildren, weeklySchedule: sat('13:30', '20:00', 30) }), 'ok'],
    ['14, Saturday until 20:01', child, opening({ ...forChildren, weeklySchedule: sat('13:31', '20:01', 30) }), 'working-time.night-work'],
    [
      '14, 2 hours on a school day',
      child,
      opening({ ...forChildren, weeklySchedule: [{ weekday: 3, start: '15:00', end: '17:00', breakMinutes: 0 }] }),
      'ok',
    ],
    [
      '14, 2 h 1 min on a school day',
      child,
      opening({ ...forChildren, weeklySchedule: [{ weekday: 3, start: '15:00', end: '17:01', breakMinutes: 0 }] }),
      'working-time.school-day-hours',
    ],
    ['16 pupil, 12 stated hours in a school week', pupil, opening({ hoursPerWeek: 12 }), 'ok'],
    ['16 pupil, 12.5 stated hours in a school week', pupil, opening({ hoursPerWeek: 12.5 }), 'working-time.school-week-hours'],
    ['16 out of school, 12.5 stated hours', YOUTH, opening({ hoursPerWeek: 12.5 }), 'ok'],
    ['16 out of school, 40.5 stated hours', YOUTH, opening({ hoursPerWeek: 40.5 }), 'working-time.weekly-hours'],
    [
      '16 pupil, 20 h in a job held wholly in the school holidays',
      pupil,
      opening({ startsOn: '2026-06-29', endsOn: '2026-08-07', hoursPerWeek: 20 }),
      'ok',
      { options: { schoolHolidays: [{ from: '2026-06-27', to: '2026-08-09' }] } },
    ],
    [
      '16 pupil, the same job without the holidays known',
      pupil,
      opening({ startsOn: '2026-06-29', endsOn: '2026-08-07', hoursPerWeek: 20 }),
      'working-time.school-week-hours',
    ],
    ['12, an opening that admits 12-year-olds', person({ birthDate: '2013-06-01' }), opening({ minAge: 12 }), 'working-time.min-age'],
    ['adults are not bound', ADULT, opening({ ...JOB, weeklySchedule: sat('22:00', '06:00', 30) }), 'ok'],
  ])('%s', (_, p, o, expected, setup) => {
    expect(verdict(p, o, setup)).toBe(expected);
  });

  it('cites the rule and names the category', () => {
    const why = judge(person({ compulsorySchool: true }), evening).whyNot!;
    expect(why.params).toMatchObject({ age: 16, category: 'pupil-15-17' });
    expect(why.message).toMatch(/^16 år\. 15–17-årige i undervisningspligtig skole: .*§ 61/);
  });
});

describe('work conditions for this age', () => {
  const at14 = person({ birthDate: '2011-06-01' });
  const forChildren = (flags: Partial<RankingOpening['flags']>) => opening({ minAge: 13, flags: { ...NO_FLAGS, ...flags } });
  it.each<Row>([
    ['14, no alcohol', at14, forChildren({}), 'ok'],
    ['14, alcohol served', at14, forChildren({ alcoholServed: true }), 'work-conditions.alcohol-under-15'],
    ['15, alcohol served', person({ birthDate: '2011-03-02' }), forChildren({ alcoholServed: true }), 'ok'],
    ['14, not light work', at14, forChildren({ lightWorkOnly: false }), 'work-conditions.light-work-required'],
    ['16, not light work', YOUTH, forChildren({ lightWorkOnly: false }), 'ok'],
    [
      '16, machines without a risk assessment',
      YOUTH,
      forChildren({ machinesOrChemicals: true }),
      'work-conditions.machines-without-risk-assessment',
    ],
    [
      '16, machines with a current risk assessment',
      YOUTH,
      forChildren({ machinesOrChemicals: true, riskAssessmentDoneOn: '2025-01-01' }),
      'ok',
    ],
    ['adult, machines without a risk assessment', ADULT, opening({ flags: { ...NO_FLAGS, machinesOrChemicals: true } }, JOB), 'ok'],
    [
      'adult, children without a børneattest',
      ADULT,
      opening({ flags: { ...NO_FLAGS, contactWithChildrenUnder15: true } }, JOB),
      'work-conditions.child-certificate-required',
    ],
  ])('%s', (_, p, o, expected) => {
    expect(verdict(p, o)).toBe(expected);
  });
});

describe('consent to share with this employer, in force on the ranking date', () => {
  const consent = (patch: Partial<typeof SHARE_ALL>) => person({ consents: [{ ...SHARE_ALL, ...patch }] });
  it.each<Row>([
    ['all partners', YOUTH, LEISURE, 'ok'],
    ['no consent', person({ consents: [] }), LEISURE, 'consent.none'],
    ['scoped to this employer', consent({ organisationIds: ['org-1'] }), LEISURE, 'ok'],
    ['scoped to other employers', consent({ organisationIds: ['org-2'] }), LEISURE, 'consent.other-employers'],
    ['revoked', consent({ revokedAt: '2026-02-01T10:00:00Z' }), LEISURE, 'consent.none'],
    ['given on the ranking date', consent({ givenOn: '2026-03-02' }), LEISURE, 'ok'],
    ['given after the ranking date', consent({ givenOn: '2026-03-03' }), LEISURE, 'consent.none'],
    ['another purpose', consent({ purpose: 'share_job_centre' }), LEISURE, 'consent.none'],
    ['a guardian consent for a minor', consent({ givenBy: 'guardian' }), LEISURE, 'ok'],
    ['a guardian consent for an adult', person({ consents: [{ ...SHARE_ALL, givenBy: 'guardian' }] }, ADULT), JOB, 'consent.none'],
  ])('%s', (_, p, o, expected) => {
    expect(verdict(p, o)).toBe(expected);
  });
});

describe('flex-job approval', () => {
  const flexer = (approved: boolean | null) => person({ track: 'flex_job', flexJobApproved: approved }, ADULT);
  const flexJob = opening({ kind: 'flex_job' }, JOB);
  it.each<Row>([
    ['approved', flexer(true), flexJob, 'ok'],
    ['not approved', flexer(false), flexJob, 'flex-job-approval.missing'],
    ['approval unknown', flexer(null), flexJob, 'flex-job-approval.missing'],
    ['not a flex job', person({ flexJobApproved: null }, ADULT), JOB, 'ok'],
  ])('%s', (_, p, o, expected) => {
    expect(verdict(p, o)).toBe(expected);
  });
});

describe('ladder: youth step, adult track', () => {
  const step = (n: number) =>
    opening({ ladderStep: n, kind: n === 1 ? 'pocket_money' : n === 3 ? 'private_leisure' : n === 4 ? 'internship' : 'municipal_leisure' });
  it.each<Row>([
    ['same step', YOUTH, step(2), 'ok'],
    ['one step up', YOUTH, step(3), 'ladder.step'],
    ['one step down', YOUTH, step(1), 'ladder.step'],
    ['one step up within tolerance', YOUTH, step(3), 'ok', { options: { stepTolerance: { below: 0, above: 1 } } }],
    ['two steps up beyond tolerance', YOUTH, step(4), 'ladder.step', { options: { stepTolerance: { below: 0, above: 1 } } }],
    ['one step down within tolerance', YOUTH, step(1), 'ok', { options: { stepTolerance: { below: 1, above: 0 } } }],
    ['unknown step passes, flagged', person({ step: null }), step(3), 'ok'],
    ['a youth and an adult job', person({ birthDate: '2008-01-10' }), JOB, 'ladder.not-on-ladder'],
    ['an adult and a youth kind', person({ track: null }, ADULT), opening({ minAge: 15, maxAge: null }), 'ladder.youth-kind'],
    ['an adult without a track', person({ track: null }, ADULT), JOB, 'ok'],
  ])('%s', (_, p, o, expected, setup) => {
    expect(verdict(p, o, setup)).toBe(expected);
  });

  const kinds: OpeningKind[] = ['internship', 'apprenticeship', 'ordinary_job', 'flex_job', 'few_hour_job', 'training_track'];
  const tracks = Object.keys(TRACK_OPENING_KINDS) as AdultTrack[];
  it.each(tracks.flatMap((track) => kinds.map((kind) => [track, kind] as const)))('track %s, kind %s', (track, kind) => {
    const p = person({ track, flexJobApproved: true }, ADULT);
    const expected = TRACK_OPENING_KINDS[track].includes(kind) ? 'ok' : 'ladder.track';
    expect(verdict(p, opening({ kind, ladderStep: null }, JOB))).toBe(expected);
  });

  it('reports an unknown step as unchecked', () => {
    expect(judge(person({ step: null }), LEISURE).unchecked).toEqual(['ladder']);
  });
});

describe('availability: the opening’s shifts against the half-day grid', () => {
  const avail = (...slots: string[]) => person({ availability: slots });
  const tue = (start: string, end: string) => opening({ weeklySchedule: [{ weekday: 2, start, end, breakMinutes: 30 }] });
  it.each<Row>([
    ['afternoon shift, afternoon free', avail('tue-pm'), tue('15:00', '17:00'), 'ok'],
    ['afternoon shift, evening free only', avail('tue-eve'), tue('15:00', '17:00'), 'availability.no-overlap'],
    ['12:00–17:00 needs only the afternoon', avail('tue-pm'), tue('12:00', '17:00'), 'ok'],
    ['11:59–17:00 also needs the morning (overlap suffices)', avail('tue-pm'), tue('11:59', '17:00'), 'ok'],
    [
      '11:59–17:00 with full coverage required',
      avail('tue-pm'),
      tue('11:59', '17:00'),
      'availability.too-little',
      { options: { minScheduleCoverage: 1 } },
    ],
    ['17:00–19:00 needs only the evening', avail('tue-eve'), tue('17:00', '19:00'), 'ok'],
    ['16:00–18:00 at 50 % with 50 % required', avail('tue-pm'), tue('16:00', '18:00'), 'ok', { options: { minScheduleCoverage: 0.5 } }],
    [
      '16:00–18:00 at 50 % with 51 % required',
      avail('tue-pm'),
      tue('16:00', '18:00'),
      'availability.too-little',
      { options: { minScheduleCoverage: 0.51 } },
    ],
    [
      'Sunday night into Monday morning',
      person({ availability: ['sun-eve', 'mon-am'] }, ADULT),
      opening({ weeklySchedule: [{ weekday: 7, start: '22:00', end: '02:00', breakMinutes: 0 }] }, JOB),
      'ok',
      { options: { minScheduleCoverage: 1 } },
    ],
    ['nothing recorded passes, flagged', avail(), tue('15:00', '17:00'), 'ok'],
  ])('%s', (_, p, o, expected, setup) => {
    expect(verdict(p, o, setup)).toBe(expected);
  });

  it('names the missing half-days', () => {
    const why = judge(avail('mon-am'), LEISURE).whyNot!;
    expect(why.params).toMatchObject({ coveredPercent: 0, missingSlots: ['tue-pm', 'thu-pm'] });
    expect(why.message).toBe('Ledig i 0 % af opslagets arbejdstid; mangler tirsdag eftermiddag, torsdag eftermiddag');
  });
});

describe('distance against the person’s limit', () => {
  it.each<Row>([
    ['5 km, limit 10', YOUTH, LEISURE, 'ok'],
    ['10 km, limit 10', YOUTH, opening({ postalCode: '1010' }), 'ok'],
    ['11 km, limit 10', YOUTH, opening({ postalCode: '1011' }), 'distance.too-far'],
    ['no limit', person({ travelKm: null }), opening({ postalCode: '1200' }), 'ok'],
    ['unknown postal code', person({ postalCode: '9999' }), opening({ postalCode: '1200' }), 'ok'],
    ['no postal code', person({ postalCode: null }), opening({ postalCode: '1200' }), 'ok'],
  ])('%s', (_, p, o, expected) => {
    expect(verdict(p, o)).toBe(expected);
  });

  it('gives the facts and flags an unknown distance', () => {
    expect(judge(YOUTH, opening({ postalCode: '1011' })).whyNot).toMatchObject({
      code: 'distance.too-far',
      params: { km: 11, limitKm: 10 },
      message: '11 km; personen vil højst rejse 10 km',
    });
    expect(judge(person({ postalCode: null }), LEISURE).unchecked).toEqual(['distance']);
  });
});

describe('why not: the first rule that failed', () => {
  it('names the first failing rule in RULE_CODES order and lists the rest', () => {
    const p = person({ birthDate: '2011-06-01', consents: [], postalCode: '1100' });
    const result = judge(p, LEISURE);
    expect(result.included).toBe(false);
    expect(result.whyNot?.rule).toBe('age');
    expect(result.failures.map((f) => f.rule)).toEqual(['age', 'consent', 'distance']);
  });

  it('puts a legal failure before a soft one', () => {
    const result = judge(person({ consents: [], step: 3 }), LEISURE);
    expect(result.failures.map((f) => [f.rule, f.legal])).toEqual([
      ['consent', true],
      ['ladder', false],
    ]);
  });

  it('an override moves "why not" past soft rules only', () => {
    const far = opening({ postalCode: '1050' });
    expect(judge(YOUTH, far, {}, { id: far.id, reason: 'driver' }).included).toBe(true);
    const noConsent = person({ consents: [] });
    expect(judge(noConsent, far, {}, { id: far.id, reason: 'x', rules: ['distance', 'consent'] }).whyNot?.rule).toBe('consent');
  });
});
