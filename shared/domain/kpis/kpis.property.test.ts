import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/local-time.ts';
import { computeDashboard, figureValue, scopeFor } from './dashboard.ts';
import type { Facts, KpiFilters } from './facts.ts';
import { monthsOf } from './period.ts';
import { publishDashboard } from './publish.ts';
import { FIGURE_KEYS, KPI_AGE_BANDS, OPENING_KINDS, SUPPRESSIBLE_FIGURES } from './types.ts';

/** Random programmes: properties that must hold for any data. */

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const dayIn = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => addDays('2024-07-01', n));
const sites = ['s1', 's2', 's3'];

const factsArb: fc.Arbitrary<Facts> = fc.integer({ min: 1, max: 25 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `p${i}`);
  const pid = fc.constantFrom(...ids);
  const person = (id: string) =>
    fc
      .record({
        site: fc.constantFrom(...sites),
        birthYear: fc.integer({ min: 1960, max: 2012 }),
        birthM: fc.integer({ min: 1, max: 12 }),
        from: dayIn(0, 500),
        len: fc.option(fc.integer({ min: 0, max: 400 })),
        step: fc.option(fc.integer({ min: 1, max: 4 })),
      })
      .map((r) => ({
        id,
        kind: r.birthYear > 2006 ? ('youth' as const) : ('adult' as const),
        siteId: r.site,
        birthMonth: `${r.birthYear}-${String(r.birthM).padStart(2, '0')}`,
        attachedFrom: r.from,
        attachedTo: r.len === null ? null : addDays(r.from, r.len),
        step: r.step,
        track: r.step ? null : 'job',
      }));
  const placement = fc.record({
    p: pid,
    w: fc.constantFrom('w1', 'w2', 'w3', 'w4'),
    kind: fc.constantFrom(...OPENING_KINDS),
    start: dayIn(0, 600),
    len: fc.integer({ min: 10, max: 400 }),
    ended: fc.constantFrom('active', 'completed', 'ended_early', 'proposed'),
    endAt: fc.integer({ min: 0, max: 400 }),
  });
  return fc
    .record({
      persons: fc.tuple(...ids.map(person)),
      placements: fc.array(placement, { maxLength: 40 }),
      ladder: fc.array(
        fc.record({ p: pid, on: dayIn(0, 600), from: fc.integer({ min: 1, max: 3 }), up: fc.integer({ min: -1, max: 2 }) }),
        { maxLength: 30 },
      ),
      shifts: fc.array(
        fc.record({
          pl: fc.nat(39),
          on: dayIn(0, 600),
          minutes: fc.integer({ min: 30, max: 480 }),
          status: fc.constantFrom('approved', 'submitted', 'rejected') as fc.Arbitrary<'approved' | 'submitted' | 'rejected'>,
          corrects: fc.option(fc.nat(60)),
        }),
        { maxLength: 60 },
      ),
      attendance: fc.array(fc.record({ p: pid, session: fc.nat(5), present: fc.boolean() }), { maxLength: 30 }),
    })
    .map((r) => {
      const placements = r.placements.map((x, i) => {
        const endsOn = addDays(x.start, x.len);
        const active = x.ended !== 'proposed';
        const endedOn = x.ended === 'completed' || x.ended === 'ended_early' ? addDays(x.start, Math.min(x.endAt, x.len)) : null;
        return {
          id: `l${i}`,
          participantId: x.p,
          workplaceId: x.w,
          companyId: x.w === 'w4' ? null : `c${x.w}`,
          openingKind: x.kind,
          status: x.ended,
          startsOn: x.start,
          endsOn,
          activatedOn: active ? x.start : null,
          endedOn,
          endReason: x.ended === 'ended_early' ? 'other' : null,
          outcome: x.ended === 'completed' ? 'next_step' : null,
        };
      });
      const shifts =
        placements.length === 0
          ? []
          : r.shifts.map((s, i) => {
              const pl = placements[s.pl % placements.length]!;
              return {
                id: `s${i}`,
                placementId: pl.id,
                participantId: pl.participantId,
                workDate: s.on,
                minutes: s.minutes,
                status: s.status,
                correctsShiftId: s.corrects === null || s.corrects >= i ? null : `s${s.corrects}`,
                ratePerHour: 60,
                payer: 'company' as const,
              };
            });
      return {
        persons: r.persons,
        placements,
        ladder: r.ladder.map((e) => ({
          participantId: e.p,
          onDate: e.on,
          kind: 'step' as const,
          fromStep: e.from,
          toStep: Math.min(4, Math.max(1, e.from + e.up)),
          toTrack: null,
        })),
        shifts,
        activities: [
          { id: 'a1', kind: 'professional_course', siteId: null, hostCompanyId: 'cw1', cancelled: false },
          { id: 'a2', kind: 'professional_course', siteId: null, hostCompanyId: null, cancelled: false },
        ],
        sessions: Array.from({ length: 6 }, (_, i) => ({
          id: `e${i}`,
          activityId: i % 2 === 0 ? 'a1' : 'a2',
          onDate: addDays('2024-12-20', i * 70),
        })),
        attendance: r.attendance.map((a) => ({ sessionId: `e${a.session}`, participantId: a.p, present: a.present })),
        mentorHours: [],
        support: [],
        commitments: [],
      } satisfies Facts;
    });
});

const filtersArb: fc.Arbitrary<KpiFilters> = fc.record(
  {
    siteId: fc.constantFrom(...sites),
    step: fc.integer({ min: 1, max: 4 }),
    track: fc.constant('job'),
    ageBand: fc.constantFrom(...KPI_AGE_BANDS),
  },
  { requiredKeys: [] },
);

describe('properties of the figures', () => {
  it('the monthly counts of jobs, hours and step moves add up to the period’s', () => {
    fc.assert(
      fc.property(factsArb, filtersArb, (facts, filters) => {
        const s = scopeFor(facts, YEAR, filters);
        for (const key of ['jobs', 'hours', 'step_progressions'] as const) {
          const months = monthsOf(YEAR).map((m) => figureValue(key, s, m.period)!);
          const total = figureValue(key, s, YEAR)!;
          // Counts add up exactly. Hours are published rounded to 0.01 h per figure, so twelve rounded
          // months may differ from the rounded year by up to half a hundredth each.
          const slack = key === 'hours' ? 0.005 * months.length + 1e-9 : 1e-9;
          expect(Math.abs(months.reduce((a, b) => a + b, 0) - total)).toBeLessThanOrEqual(slack);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the dashboard’s trend equals counting every month again with the same filters', () => {
    fc.assert(
      fc.property(factsArb, filtersArb, (facts, filters) => {
        const s = scopeFor(facts, YEAR, filters);
        const d = computeDashboard(facts, YEAR, filters);
        for (const f of d.figures) {
          monthsOf(YEAR).forEach((m, i) => {
            const again = figureValue(f.key, s, m.period);
            if (again === null) expect(f.trend[i]!.value).toBeNull();
            else expect(f.trend[i]!.value).toBeCloseTo(again, 6);
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a filter never increases a count', () => {
    fc.assert(
      fc.property(factsArb, filtersArb, (facts, filters) => {
        const all = scopeFor(facts, YEAR, {});
        const some = scopeFor(facts, YEAR, filters);
        for (const key of FIGURE_KEYS) {
          if (key === 'completion_rate') continue; // a rate, not a count
          expect(figureValue(key, some, YEAR)!).toBeLessThanOrEqual(figureValue(key, all, YEAR)! + 1e-9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a distinct count for the period is never below any of its months (and never above their sum)', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const s = scopeFor(facts, YEAR, {});
        for (const key of ['attached', 'workplaces', 'people_in_jobs', 'course_participants'] as const) {
          const months = monthsOf(YEAR).map((m) => figureValue(key, s, m.period)!);
          const year = figureValue(key, s, YEAR)!;
          expect(year).toBeGreaterThanOrEqual(Math.max(...months));
          if (key !== 'attached' && key !== 'workplaces') expect(year).toBeLessThanOrEqual(months.reduce((a, b) => a + b, 0));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('published for an aggregate audience, no count of people shows 1–4', () => {
    fc.assert(
      fc.property(factsArb, filtersArb, (facts, filters) => {
        const d = publishDashboard(computeDashboard(facts, YEAR, filters), 'aggregate');
        const small = (v: number | null) => v !== null && v > 0 && v < 5;
        for (const f of d.figures) {
          if (!SUPPRESSIBLE_FIGURES.has(f.key)) continue;
          expect(small(f.value)).toBe(false);
          for (const t of f.trend) expect(small(t.value)).toBe(false);
        }
        for (const o of d.outcomes) expect(small(o.count)).toBe(false);
        for (const st of d.steps) expect(small(st.count)).toBe(false);
        expect(small(d.completion.completed) || small(d.completion.endedEarly)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
