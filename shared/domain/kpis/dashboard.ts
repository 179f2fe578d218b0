import { payByPayer, PAYERS, type Payer } from '../hours/pay.ts';
import type { Facts, KpiFilters, Period, TargetFact } from './facts.ts';
import { figureMembers, outcomeMembers, valueOf, type Member, type Scope } from './figures.ts';
import { inPeriod, monthsOf } from './period.ts';
import { buildIndex, hasPersonFilter, selectPersons } from './scope.ts';
import { FIGURE_KEYS, FIGURE_UNIT, OUTCOME_KINDS, type FigureKey, type FigureUnit, type OutcomeKind } from './types.ts';

/**
 * The whole dashboard as exact numbers, before any suppression (publish.ts hides small cells for
 * aggregate audiences). Pure: the same facts, period and filters always give the same result.
 */

export type Completion = { completed: number; endedEarly: number; ended: number; rate: number | null };
export type TrendPoint = { period: string; value: number | null; completion?: Completion };

export type ExactFigure = {
  key: FigureKey;
  value: number | null;
  unit: FigureUnit;
  target: number | null;
  targetPeriod: Period | null;
  trend: TrendPoint[];
  /** For completion_rate: its parts (so publishing can suppress the rate with them). */
  completion?: Completion;
};

export type ExactDashboard = {
  period: Period;
  figures: ExactFigure[];
  steps: Array<{ toStep: number; count: number }>;
  outcomes: Array<{ kind: OutcomeKind; count: number }>;
  hoursByPayer: Array<{ payer: Payer; hours: number; grossPay: number; holidayPay: number }>;
  mentorCosts: Array<{ funder: Payer; hours: number; cost: number }>;
  support: { opened: number; resolved: number; medianResponseMinutes: number | null; withinTarget: number };
  completion: Completion;
};

/** Builds the scope once: who the filters select on the period's last day. */
export function scopeFor(facts: Facts, period: Period, filters: KpiFilters): Scope {
  const ix = buildIndex(facts);
  return { facts, ix, persons: selectPersons(ix, filters, period.to), filtered: hasPersonFilter(filters) };
}

/**
 * The target that applies to a period: one set for exactly that period, else the narrowest target
 * period that contains it (a yearly target shown on a quarter says so through `targetPeriod`).
 */
export function pickTarget(targets: readonly TargetFact[], key: string, p: Period): TargetFact | null {
  const candidates = targets.filter((t) => t.key === key && t.periodFrom <= p.from && t.periodTo >= p.to);
  const exact = candidates.find((t) => t.periodFrom === p.from && t.periodTo === p.to);
  if (exact) return exact;
  return candidates.sort((a, b) => a.periodTo.localeCompare(b.periodTo) || b.periodFrom.localeCompare(a.periodFrom))[0] ?? null;
}

export function completionOf(s: Scope, p: Period): Completion {
  return completionFromMembers(figureMembers('completion_rate', s, p));
}

/** One figure's value for a (sub-)period. */
export function figureValue(key: FigureKey, s: Scope, p: Period): number | null {
  return valueOf(key, figureMembers(key, s, p));
}

/**
 * The records behind a figure (click-through). `within` narrows to one month of the trend while the
 * filters are still judged on the period's last day, exactly as the trend point was computed.
 */
export function figureRecords(facts: Facts, period: Period, filters: KpiFilters, key: FigureKey, within: Period = period): Member[] {
  return figureMembers(key, scopeFor(facts, period, filters), within);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/**
 * Figures whose members each count on one date (activation, shift, session, ending, ladder move):
 * their monthly trend is the period's members bucketed by month, which is exactly what counting
 * each month again would give (a property test checks it) at a twelfth of the cost. Figures about
 * something that RUNS (attachment, active placements, commitments) are counted again per month.
 */
const EVENT_FIGURES: ReadonlySet<FigureKey> = new Set<FigureKey>([
  'jobs',
  'people_in_jobs',
  'people_in_internships',
  'hours',
  'courses',
  'course_participants',
  'completion_rate',
  'step_progressions',
]);

const completionFromMembers = (members: readonly Member[]): Completion => {
  const completed = members.filter((m) => m.key === 'completed').length;
  return {
    completed,
    endedEarly: members.length - completed,
    ended: members.length,
    rate: members.length === 0 ? null : completed / members.length,
  };
};

function trendOf(key: FigureKey, s: Scope, members: readonly Member[], months: ReturnType<typeof monthsOf>): TrendPoint[] {
  if (!EVENT_FIGURES.has(key)) return months.map((m) => ({ period: m.month, value: figureValue(key, s, m.period) }));
  const byMonth = new Map<string, Member[]>();
  for (const m of members) {
    const month = m.countedOn!.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(m);
    else byMonth.set(month, [m]);
  }
  return months.map((m) => {
    const list = byMonth.get(m.month) ?? [];
    if (key !== 'completion_rate') return { period: m.month, value: valueOf(key, list) };
    const completion = completionFromMembers(list);
    return { period: m.month, value: completion.rate, completion };
  });
}

export function computeDashboard(facts: Facts, period: Period, filters: KpiFilters, targets: readonly TargetFact[] = []): ExactDashboard {
  const s = scopeFor(facts, period, filters);
  const months = monthsOf(period);
  const figures: ExactFigure[] = FIGURE_KEYS.map((key) => {
    const t = pickTarget(targets, key, period);
    const members = figureMembers(key, s, period);
    const fig: ExactFigure = {
      key,
      value: valueOf(key, members),
      unit: FIGURE_UNIT[key],
      target: t ? t.value : null,
      targetPeriod: t ? { from: t.periodFrom, to: t.periodTo } : null,
      trend: trendOf(key, s, members, months),
    };
    if (key === 'completion_rate') fig.completion = completionFromMembers(members);
    return fig;
  });

  const steps = new Map<number, number>();
  for (const m of figureMembers('step_progressions', s, period)) {
    const to = Number(m.key.split(':')[2]);
    steps.set(to, (steps.get(to) ?? 0) + 1);
  }
  const outcomeLists = outcomeMembers(s, period);

  const lines = s.ix.countedShifts
    .filter((x) => s.persons.has(x.participantId) && inPeriod(x.workDate, period))
    .map((x) => ({ date: x.workDate, minutes: x.minutes, ratePerHour: x.ratePerHour, payer: x.payer, hourly: true }));
  const mentor = facts.mentorHours.filter((m) => s.persons.has(m.participantId) && inPeriod(m.workedOn, period));
  const support = facts.support.filter((r) => s.persons.has(r.participantId));
  const opened = support.filter((r) => inPeriod(r.raisedOn, period));

  return {
    period,
    figures,
    steps: [2, 3, 4].map((toStep) => ({ toStep, count: steps.get(toStep) ?? 0 })),
    outcomes: OUTCOME_KINDS.map((kind) => ({ kind, count: new Set(outcomeLists[kind].map((m) => m.key)).size })),
    hoursByPayer: payByPayer(lines).map((x) => ({ payer: x.payer, hours: x.hours, grossPay: x.gross, holidayPay: x.holidayPay })),
    mentorCosts: PAYERS.map((funder) => {
      const rows = mentor.filter((m) => m.payer === funder);
      return {
        funder,
        hours: round2(rows.reduce((a, m) => a + m.hours, 0)),
        cost: round2(rows.reduce((a, m) => a + m.hours * m.ratePerHour, 0)),
        n: rows.length,
      };
    })
      .filter((x) => x.n > 0)
      .map(({ funder, hours, cost }) => ({ funder, hours, cost })),
    support: {
      opened: opened.length,
      resolved: support.filter((r) => inPeriod(r.resolvedOn, period)).length,
      medianResponseMinutes: median(opened.filter((r) => r.responseMinutes !== null).map((r) => r.responseMinutes!)),
      withinTarget: opened.filter((r) => r.withinTarget === true).length,
    },
    completion: completionOf(s, period),
  };
}
