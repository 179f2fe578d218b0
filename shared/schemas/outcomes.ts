import { z } from 'zod';
import { ADULT_TRACKS } from '../domain/participants/constants.ts';
import { PAYERS } from '../domain/hours/pay.ts';
import { FIGURE_KEYS, FIGURE_UNITS, KPI_AGE_BANDS, OUTCOME_KINDS } from '../domain/kpis/types.ts';

/**
 * Request and response shapes of the outcome figures (server/modules/outcomes): the dashboard, its
 * targets, the records behind a figure and the exports. The dashboard response is also what the
 * funder report (server/modules/reports) renders, so changes here are additive only.
 * Counting rules: docs/kpis.md.
 */

const date = z.iso.date();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const figureKey = z.enum(FIGURE_KEYS, { error: 'figure_unknown' });
export const kpiAgeBand = z.enum(KPI_AGE_BANDS, { error: 'age_band_unknown' });

/** Filters shared by the dashboard, the records and the exports. `from`/`to` are inclusive dates. */
export const outcomesFilters = z.object({
  from: date,
  to: date,
  siteId: z.uuid().optional(),
  /** Youth ladder step (1–4): the person's step on the last day of the period. */
  step: z.coerce.number().int().min(1).max(4).optional(),
  /** Adult track: the person's track on the last day of the period. */
  track: z.enum(ADULT_TRACKS, { error: 'track_unknown' }).optional(),
  ageBand: kpiAgeBand.optional(),
});

const periodRefine = <T extends { from: string; to: string }>(q: T, ctx: z.RefinementCtx) => {
  if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'period_reversed' });
  // Dashboards cover up to five years; longer ranges are a typo, and the trend would be unreadable.
  else if (Number(q.to.slice(0, 4)) - Number(q.from.slice(0, 4)) > 5)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'period_too_long' });
};

export const dashboardQuery = outcomesFilters.extend({ granularity: z.enum(['month']).default('month') }).superRefine(periodRefine);
export type DashboardQuery = z.infer<typeof dashboardQuery>;

/** A count as it may be shown: the number, or null with `suppressed` for aggregate audiences. */
export const publishedValue = z.object({ value: z.number().nullable(), suppressed: z.boolean() });

export const trendPoint = z.object({ period: month, value: z.number().nullable(), suppressed: z.boolean() });

export const figure = z.object({
  key: figureKey,
  value: z.number().nullable(),
  suppressed: z.boolean(),
  unit: z.enum(FIGURE_UNITS),
  target: z.number().nullable(),
  /** value ÷ target (1 = reached), null without a target or when the value is suppressed. */
  targetProgress: z.number().nullable(),
  /** The period the target was set for (may be wider than the dashboard's period). */
  targetPeriod: z.object({ from: date, to: date }).nullable(),
  trend: z.array(trendPoint),
});
export type Figure = z.infer<typeof figure>;

export const dashboard = z.object({
  programmeId: z.uuid(),
  period: z.object({ from: date, to: date }),
  filters: z.object({
    siteId: z.uuid().nullable(),
    step: z.number().nullable(),
    track: z.string().nullable(),
    ageBand: z.string().nullable(),
  }),
  /** 'staff' sees exact counts and may click through; 'aggregate' (funder, evaluator) sees cells under 5 suppressed. */
  audience: z.enum(['staff', 'aggregate']),
  figures: z.array(figure),
  /** Ladder moves up in the period, by the step reached (youth: 2–4). */
  steps: z.array(z.object({ toStep: z.number(), count: z.number().nullable(), suppressed: z.boolean() })),
  outcomes: z.array(z.object({ kind: z.enum(OUTCOME_KINDS), count: z.number().nullable(), suppressed: z.boolean() })),
  hoursByPayer: z.array(z.object({ payer: z.enum(PAYERS), hours: z.number(), grossPay: z.number(), holidayPay: z.number() })),
  mentorCosts: z.array(z.object({ funder: z.enum(PAYERS), hours: z.number(), cost: z.number() })),
  support: z.object({
    opened: z.number(),
    resolved: z.number(),
    medianResponseMinutes: z.number().nullable(),
    withinTarget: z.number(),
  }),
  /** Completion of ≥ 6-month contracts that ended in the period; rate = completed ÷ ended (0–1). */
  completion: z.object({
    completed: z.number().nullable(),
    endedEarly: z.number().nullable(),
    ended: z.number().nullable(),
    rate: z.number().nullable(),
    suppressed: z.boolean(),
  }),
});
export type Dashboard = z.infer<typeof dashboard>;

// ---------------------------------------------------------------------------------------------
// Targets

export const targetPeriodBody = z
  .object({
    periodFrom: date,
    periodTo: date,
    /** Replaces every target of this exact period; an empty list removes the period's targets. */
    targets: z.array(z.object({ key: figureKey, value: z.number().min(0).max(1_000_000) })).max(FIGURE_KEYS.length),
  })
  .superRefine((b, ctx) => {
    if (b.periodTo < b.periodFrom) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'period_reversed' });
    const seen = new Set<string>();
    b.targets.forEach((t, i) => {
      if (seen.has(t.key)) ctx.addIssue({ code: 'custom', path: ['targets', i, 'key'], message: 'target_duplicate' });
      seen.add(t.key);
      if (t.key === 'completion_rate' && t.value > 1)
        ctx.addIssue({ code: 'custom', path: ['targets', i, 'value'], message: 'rate_over_one' });
    });
  });
export type TargetPeriodBody = z.infer<typeof targetPeriodBody>;

export const target = z.object({ key: figureKey, periodFrom: date, periodTo: date, value: z.number(), updatedAt: z.string() });
export const targetList = z.object({ targets: z.array(target) });

// ---------------------------------------------------------------------------------------------
// Records behind a figure (staff only)

export const recordsQuery = outcomesFilters.extend({ figure: figureKey, month: month.optional() }).superRefine(periodRefine);
export type RecordsQuery = z.infer<typeof recordsQuery>;

export const outcomeRecord = z.object({
  participantId: z.uuid(),
  name: z.string(),
  siteName: z.string(),
  anonymised: z.boolean(),
  placementId: z.uuid().nullable(),
  /** The opening's title and workplace, for placement-based figures. */
  placementTitle: z.string().nullable(),
  workplaceName: z.string().nullable(),
  startsOn: date.nullable(),
  endsOn: date.nullable(),
  /** The date the record counts on (activation, session, ladder move, end …). */
  countedOn: date.nullable(),
  /** Hours for the `hours` figure, else null. */
  hours: z.number().nullable(),
});
export const recordsResponse = z.object({ figure: figureKey, total: z.number(), records: z.array(outcomeRecord) });

// ---------------------------------------------------------------------------------------------
// Exports

export const exportQuery = outcomesFilters.extend({ format: z.enum(['csv', 'xlsx']).default('csv') }).superRefine(periodRefine);
export const landsbyggefondenQuery = z
  .object({ from: date, to: date, siteId: z.uuid().optional(), format: z.enum(['csv', 'xlsx']).default('csv') })
  .superRefine(periodRefine);

export const outcomesParams = z.object({ programmeId: z.uuid() });
