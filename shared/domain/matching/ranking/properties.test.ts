import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, mondayOf } from '../../calendar/local-time.ts';
import { LADDER_STEP_OF_KIND, OPENING_KINDS } from '../../employers/openings.ts';
import { WORK_AREAS } from '../../employers/work-areas.ts';
import { consentInForce } from '../../participants/consent.ts';
import { ADULT_TRACKS, AVAILABILITY_SLOTS } from '../../participants/constants.ts';
import { seededRandom } from '../random.ts';
import { ageOn } from '../../youth-rules/category.ts';
import { checkShifts } from '../../youth-rules/check-shifts.ts';
import { SECTOR_CODES } from '../../youth-rules/types.ts';
import { explainPair } from './explain.ts';
import { rankCandidates, rankOpenings } from './rank.ts';
import { RULES } from './rules.ts';
import { index, ON, SHARE_ALL } from './test-fixtures.ts';
import type { Adjustments, Override, RankedList, RankingConsent, RankingOpening, RankingParticipant } from './types.ts';
import { RULE_CODES } from './types.ts';
import { isSchoolWeek, judgedDate, patternSchoolDays, patternShifts } from './working-time.ts';
import type { RankingIndex } from './compiled.ts';

/**
 * Properties over random small pools. Birthdays fall in July–December and judged dates in
 * February–May, so nobody's age changes inside the weeks the youth rules look at; the oracles below
 * then judge each included pair with the real person, independently of the engine's shortcuts.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const dateIn = (years: [number, number], months: [number, number]) =>
  fc
    .tuple(fc.integer({ min: years[0], max: years[1] }), fc.integer({ min: months[0], max: months[1] }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);
const postal = fc.option(fc.oneof(fc.integer({ min: 1000, max: 1030 }).map(String), fc.constant('9999')), { nil: null });
const SKILLS = ['kørekort', 'Truckcertifikat', 'førstehjælp', 'kasse'];
const LANGS = ['dansk', 'English', 'arabisk', 'so'];
const ORGS = ['org-1', 'org-2', 'org-3'];

/** Mostly `usual`, sometimes anything: keeps enough pairs included while still probing the edges. */
const mostly = <T>(usual: fc.Arbitrary<T>, any: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: usual, weight: 3 }, { arbitrary: any, weight: 1 });
const rarely = fc.oneof({ arbitrary: fc.constant(false), weight: 5 }, { arbitrary: fc.boolean(), weight: 1 });

const consentArb = fc.record({
  purpose: mostly(fc.constant('share_employer'), fc.constantFrom('share_employer', 'share_job_centre')),
  organisationIds: mostly(fc.constant<string[]>([]), fc.subarray(ORGS, { maxLength: 2 })),
  givenOn: mostly(fc.constant('2025-06-01'), fc.constantFrom('2026-03-02', '2026-03-03')),
  givenBy: fc.constantFrom('participant' as const, 'guardian' as const),
  revokedAt: fc.option(fc.constant('2026-01-01T00:00:00Z'), { nil: null, freq: 6 }),
});

const participantArb = (id: string): fc.Arbitrary<RankingParticipant> =>
  fc.boolean().chain((youth) =>
    fc.record({
      id: fc.constant(id),
      kind: fc.constant(youth ? ('youth' as const) : ('adult' as const)),
      birthDate: youth ? dateIn([2008, 2013], [7, 12]) : dateIn([1965, 2007], [7, 12]),
      compulsorySchool: fc.option(fc.boolean(), { nil: null }),
      compulsorySchoolEndsOn: fc.option(fc.constantFrom('2025-06-30', '2026-04-30'), { nil: null }),
      step: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 5 }),
      track: fc.option(fc.constantFrom(...ADULT_TRACKS), { nil: null, freq: 5 }),
      interests: fc.subarray([...WORK_AREAS.slice(0, 6)], { maxLength: 3 }),
      skills: fc.subarray(SKILLS),
      languages: fc.subarray(LANGS),
      availability: mostly(fc.constant([...AVAILABILITY_SLOTS]), fc.subarray([...AVAILABILITY_SLOTS])),
      travelKm: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      postalCode: postal,
      flexJobApproved: fc.option(fc.boolean(), { nil: null }),
      priority: fc.boolean(),
      waitingSince: fc.option(fc.constant('2025-10-01'), { nil: null }),
      consents: mostly(fc.constant<RankingConsent[]>([SHARE_ALL]), fc.array(consentArb, { maxLength: 2 })),
    }),
  );

const clock = (m: number) => `${pad(Math.floor((m % 1440) / 60))}:${pad(m % 60)}`;
const anyEntryArb = fc
  .record({
    weekday: fc.integer({ min: 1, max: 7 }),
    start: fc.integer({ min: 10, max: 45 }).map((h) => h * 30),
    duration: fc.integer({ min: 2, max: 20 }).map((h) => h * 30),
    breakMinutes: fc.constantFrom(0, 15, 30, 45),
  })
  .map(({ weekday, start, duration, breakMinutes }) => ({
    weekday,
    start: clock(start),
    end: clock(start + duration),
    breakMinutes: Math.min(breakMinutes, duration - 15),
  }));
/** Short afternoon shifts on weekdays or a Saturday morning: legal for most young people. */
const easyEntryArb = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((weekday) => ({ weekday, start: '15:00', end: '17:00', breakMinutes: 0 })),
  fc.constant({ weekday: 6, start: '10:00', end: '14:00', breakMinutes: 0 }),
);

/** Shifts whose legality turns on the person's category: school-day hours, the evening window, breaks. */
const edgeEntryArb = fc.constantFrom(
  { weekday: 3, start: '15:00', end: '19:00', breakMinutes: 0 },
  { weekday: 6, start: '14:00', end: '21:00', breakMinutes: 30 },
  { weekday: 6, start: '15:00', end: '22:00', breakMinutes: 30 },
  { weekday: 5, start: '19:00', end: '20:00', breakMinutes: 0 },
  { weekday: 7, start: '09:00', end: '16:30', breakMinutes: 30 },
);

const YOUTH_KINDS = ['pocket_money', 'municipal_leisure', 'private_leisure', 'internship'] as const;
const ADULT_KINDS = OPENING_KINDS.filter((k) => !(['pocket_money', 'municipal_leisure', 'private_leisure'] as string[]).includes(k));

const openingArb = (id: string): fc.Arbitrary<RankingOpening> =>
  fc
    .boolean()
    .chain((forYouth) =>
      fc.record({
        id: fc.constant(id),
        organisationId: fc.constantFrom(...ORGS),
        kind: fc.constantFrom(...(forYouth ? YOUTH_KINDS : ADULT_KINDS)),
        minAge: forYouth ? mostly(fc.integer({ min: 13, max: 16 }), fc.integer({ min: 12, max: 19 })) : fc.constant(18),
        maxAge: forYouth ? mostly(fc.constantFrom(17, null), fc.integer({ min: 15, max: 25 })) : fc.constant(null),
        startsOn: fc.constantFrom('2026-02-16', ON, '2026-04-13', '2026-05-04'),
        endsOn: fc.option(fc.constantFrom('2026-05-29', '2026-12-31'), { nil: null }),
        hoursPerWeek: mostly(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 45 })),
        weeklySchedule: fc.oneof(
          { arbitrary: fc.array(easyEntryArb, { maxLength: 2 }), weight: 3 },
          { arbitrary: fc.array(fc.oneof(easyEntryArb, edgeEntryArb), { minLength: 1, maxLength: 2 }), weight: 3 },
          { arbitrary: fc.array(anyEntryArb, { maxLength: 4 }), weight: 1 },
        ),
        places: fc.integer({ min: 1, max: 3 }),
        postalCode: postal,
        taskTags: fc.subarray([...WORK_AREAS.slice(0, 8)], { maxLength: 2 }),
        skills: fc.subarray(SKILLS, { maxLength: 2 }),
        languages: fc.subarray(LANGS, { maxLength: 1 }),
        preferences: fc.record({ languages: fc.subarray(LANGS, { maxLength: 1 }), skills: fc.subarray(SKILLS, { maxLength: 2 }) }),
        flags: fc.record({
          lightWorkOnly: fc.oneof({ arbitrary: fc.constant(true), weight: 5 }, { arbitrary: fc.boolean(), weight: 1 }),
          machinesOrChemicals: rarely,
          riskAssessmentDoneOn: fc.option(fc.constant('2025-01-01'), { nil: null }),
          alcoholServed: rarely,
          liftingOver12kg: rarely,
          loneWork: rarely,
          moneyHandling: rarely,
          contactWithChildrenUnder15: rarely,
          childProtectionCertificate: fc.boolean(),
        }),
        adultStaffPresent: fc.boolean(),
        sector: fc.option(fc.constantFrom(...SECTOR_CODES), { nil: undefined }),
      }),
    )
    .map((o) => {
      const ladderStep =
        LADDER_STEP_OF_KIND[o.kind] ?? (o.minAge < 18 && (o.kind === 'internship' || o.kind === 'apprenticeship') ? 4 : null);
      const { sector, ...rest } = o;
      return sector === undefined ? { ...rest, ladderStep } : { ...rest, sector, ladderStep };
    });

const poolArb = fc
  .record({ participants: fc.integer({ min: 0, max: 8 }), openings: fc.integer({ min: 1, max: 4 }) })
  .chain(({ participants, openings }) =>
    fc.record({
      participants: fc.tuple(...Array.from({ length: participants }, (_, i) => participantArb(`p${i}`))),
      openings: fc.tuple(...Array.from({ length: openings }, (_, i) => openingArb(`o${i}`))),
      options: fc.record({
        stepTolerance: fc.record({ below: fc.integer({ min: 0, max: 3 }), above: fc.integer({ min: 0, max: 3 }) }),
        minScheduleCoverage: fc.constantFrom(0, 0.5, 1),
      }),
    }),
  );

const ALL = { limit: Number.POSITIVE_INFINITY };

/** The legal rules judged from the raw inputs, with the real person (not the engine's shortcuts). */
function legalOracle(p: RankingParticipant, o: RankingOpening): string | null {
  const date = judgedDate(o, ON);
  const age = ageOn(p.birthDate, date);
  if (age < o.minAge || age > (o.maxAge ?? Number.POSITIVE_INFINITY)) return 'age';
  const monday = mondayOf(date);
  const person = {
    birthDate: p.birthDate,
    compulsorySchool: p.compulsorySchool !== false,
    compulsorySchoolEndsOn: p.compulsorySchoolEndsOn ?? null,
  };
  const shifts = patternShifts(o, monday);
  const schoolDays = patternSchoolDays(monday, isSchoolWeek(o, date, []));
  const { violations } = checkShifts({ person, shifts, schoolDays, ruleSetDate: date });
  const sunday = addDays(monday, 6);
  if (violations.some((v) => v.date >= monday && v.date <= sunday)) return 'working-time';
  const facts = { kind: p.kind, birthDate: p.birthDate };
  const consented = (p.consents ?? []).some(
    (c) =>
      c.purpose === 'share_employer' &&
      consentInForce(c, facts, ON) &&
      (c.organisationIds.length === 0 || c.organisationIds.includes(o.organisationId)),
  );
  if (!consented) return 'consent';
  if (o.kind === 'flex_job' && p.flexJobApproved !== true) return 'flex-job-approval';
  return null;
}

function compiled(ix: RankingIndex, participantId: string, openingId: string) {
  return [ix.participants[ix.participantAt.get(participantId)!]!, ix.openings[ix.openingAt.get(openingId)!]!] as const;
}

function everyList(
  ix: RankingIndex,
  pool: { participants: readonly RankingParticipant[]; openings: readonly RankingOpening[] },
  adjustments?: Adjustments,
): RankedList[] {
  return [
    ...pool.openings.map((o) => rankCandidates(ix, o.id, { ...ALL, ...(adjustments ? { adjustments } : {}) })),
    ...pool.participants.map((p) => rankOpenings(ix, p.id, { ...ALL, ...(adjustments ? { adjustments } : {}) })),
  ];
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('ranking properties', () => {
  it('(1) no ranked pair breaks a hard rule', () => {
    fc.assert(
      fc.property(poolArb, (pool) => {
        const ix = index(pool.participants, pool.openings, { options: pool.options });
        const byId = new Map(pool.participants.map((p) => [p.id, p]));
        for (const o of pool.openings) {
          for (const r of rankCandidates(ix, o.id, ALL).results) {
            const [cp, co] = compiled(ix, r.id, o.id);
            for (const rule of RULES) expect(rule.fails(ix, cp, co), `${rule.code} for ${r.id}/${o.id}`).toBe(false);
            expect(legalOracle(byId.get(r.id)!, o)).toBeNull();
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('(1b) every exclusion names the first rule, in order, that the pair fails', () => {
    fc.assert(
      fc.property(poolArb, (pool) => {
        const ix = index(pool.participants, pool.openings, { options: pool.options });
        for (const o of pool.openings) {
          for (const { id, rule } of rankCandidates(ix, o.id, { ...ALL, listExcluded: true }).excluded.items ?? []) {
            const [cp, co] = compiled(ix, id, o.id);
            expect(RULES.find((r) => r.fails(ix, cp, co))?.code).toBe(rule);
            const why = explainPair(ix, id, o.id);
            expect([why.included, why.whyNot?.rule, why.failures[0]?.rule]).toEqual([false, rule, rule]);
          }
        }
      }),
    );
  });

  it('(2) scores always lie in [0, 100]', () => {
    fc.assert(
      fc.property(poolArb, (pool) => {
        const ix = index(pool.participants, pool.openings, { options: pool.options });
        for (const list of everyList(ix, pool)) {
          for (const r of list.results) {
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(100);
            expect(r.rankScore).toBeLessThanOrEqual(r.score);
          }
        }
        for (const p of pool.participants) {
          for (const o of pool.openings) {
            const { score } = explainPair(ix, p.id, o.id);
            expect(score >= 0 && score <= 100).toBe(true);
          }
        }
      }),
    );
  });

  it('(3) adding an excluded participant never changes the others’ order', () => {
    fc.assert(
      fc.property(poolArb, participantArb('zz-excluded'), (pool, extra) => {
        const outsider = { ...extra, consents: [] };
        const before = index(pool.participants, pool.openings, { options: pool.options });
        const after = index([...pool.participants, outsider], pool.openings, { options: pool.options });
        for (const o of pool.openings) {
          const a = rankCandidates(before, o.id, ALL).results;
          const b = rankCandidates(after, o.id, ALL).results;
          expect(b.map((r) => [r.id, r.score])).toEqual(a.map((r) => [r.id, r.score]));
        }
      }),
    );
  });

  it('(4) ranking is deterministic and independent of input order', () => {
    fc.assert(
      fc.property(poolArb, fc.integer(), (pool, seed) => {
        const ix = index(pool.participants, pool.openings, { options: pool.options });
        const first = everyList(ix, pool);
        expect(everyList(ix, pool)).toEqual(first);
        const reordered = index(shuffled(pool.participants, seed), shuffled(pool.openings, seed + 1), { options: pool.options });
        expect(everyList(reordered, pool)).toEqual(first);
      }),
      { numRuns: 80 },
    );
  });

  it('(5) an override never admits a pair failing a legal rule', () => {
    const overridesArb = fc.array(
      fc.record({
        id: fc.constantFrom('p0', 'p1', 'p2', 'o0', 'o1'),
        rules: fc.option(fc.subarray([...RULE_CODES]), { nil: undefined }),
        reason: fc.constant('test'),
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(poolArb, overridesArb, (pool, raw) => {
        const overrides: Override[] = raw.map((o) => (o.rules === undefined ? { id: o.id, reason: o.reason } : o));
        const ix = index(pool.participants, pool.openings, { options: pool.options });
        const people = new Map(pool.participants.map((p) => [p.id, p]));
        const jobs = new Map(pool.openings.map((o) => [o.id, o]));
        for (const list of everyList(ix, pool, { overrides })) {
          for (const r of list.results) {
            const [pid, oid] = list.side === 'candidates' ? [r.id, list.subjectId] : [list.subjectId, r.id];
            const [cp, co] = compiled(ix, pid, oid);
            for (const rule of RULES.filter((x) => x.legal)) expect(rule.fails(ix, cp, co)).toBe(false);
            expect(legalOracle(people.get(pid)!, jobs.get(oid)!)).toBeNull();
            expect(r.overridden.every((c) => RULES.find((x) => x.code === c)!.legal === false)).toBe(true);
          }
          for (const outcome of list.overrides) {
            const asked = overrides.find((o) => o.id === outcome.id)!;
            const legalAsked = (asked.rules ?? []).filter((c) => RULES.find((x) => x.code === c)!.legal);
            expect(outcome.refused).toEqual([...new Set(legalAsked)]);
          }
        }
      }),
    );
  });

  it('(6) congestion never raises a score', () => {
    const competitionArb = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(poolArb, competitionArb, (pool, counts) => {
        const ix = index(pool.participants, pool.openings, { options: pool.options });
        const competition = new Map(pool.openings.map((o, i) => [o.id, counts[i]!]));
        for (const p of pool.participants) {
          const plain = rankOpenings(ix, p.id, ALL).results;
          const crowded = rankOpenings(ix, p.id, { ...ALL, competition }).results;
          const base = new Map(plain.map((r) => [r.id, r]));
          expect(crowded.map((r) => r.id).sort()).toEqual(plain.map((r) => r.id).sort());
          for (const r of crowded) {
            expect(r.score).toBe(base.get(r.id)!.score);
            expect(r.rankScore).toBeLessThanOrEqual(base.get(r.id)!.rankScore);
            expect(r.congestion!.competitors).toBe(competition.get(r.id));
          }
        }
      }),
    );
  });
});
