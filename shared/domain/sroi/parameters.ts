import { z } from 'zod';
import { DEFAULT_DISCOUNT_RATE, OUTCOME_KINDS } from './schema.ts';
import type { OutcomeKind } from './schema.ts';

/**
 * A saved parameter set: everything the calculator needs except the outcomes, which come from the
 * programme's own data. Each value row carries its source, and `example: true` marks a figure that
 * is a placeholder to be replaced with one from SØM's knowledge base or the municipality's own
 * numbers. Stored as JSON in versioned rows (db/migrations/0009_social_return.sql).
 */

const year = z.int().min(1900).max(2200);
const share = z.number().min(0).max(1);
const money = z.number().min(-10_000_000).max(10_000_000);

export const sroiValueRow = z.object({
  kind: z.enum(OUTCOME_KINDS),
  fromYear: year,
  toYear: year.nullable().default(null),
  /** Kroner per person-year of the outcome, fixed prices. */
  savedBenefitsPerYear: money,
  extraTaxPerYear: money,
  /** Where the figure comes from (publication, table, year). */
  source: z.string().trim().min(1).max(500),
  /** True for a placeholder that must be replaced before the result is used. */
  example: z.boolean().default(false),
});

export const sroiCostRow = z.object({ year, amount: z.number().min(0).max(1_000_000_000) });

export const sroiParameters = z
  .object({
    discountRate: share.default(DEFAULT_DISCOUNT_RATE),
    deadweight: share,
    attribution: share,
    dropOff: share,
    /** Years counted from the first year of the chosen period. */
    horizonYears: z.int().min(1).max(50),
    /** The programme's costs per year. */
    costs: z.array(sroiCostRow).max(100),
    values: z.array(sroiValueRow).max(200),
    /**
     * How many years an outcome recorded at a placement's end (education started, apprenticeship,
     * ordinary job) is assumed to last: the data stops when the placement ends, so this is a
     * judgement call and shown as one.
     */
    effectYears: z.object(Object.fromEntries(OUTCOME_KINDS.map((k) => [k, z.int().min(1).max(40)])) as Record<OutcomeKind, z.ZodInt>),
  })
  .superRefine((p, ctx) => {
    p.costs.forEach((c, i) => {
      if (p.costs.findIndex((o) => o.year === c.year) < i)
        ctx.addIssue({ code: 'custom', path: ['costs', i, 'year'], message: 'duplicate_year' });
    });
    p.values.forEach((v, j) => {
      if (v.toYear !== null && v.toYear < v.fromYear)
        ctx.addIssue({ code: 'custom', path: ['values', j, 'toYear'], message: 'to_before_from' });
      const clash = p.values.findIndex(
        (o, i) => i < j && o.kind === v.kind && o.fromYear <= (v.toYear ?? Infinity) && v.fromYear <= (o.toYear ?? Infinity),
      );
      if (clash >= 0) ctx.addIssue({ code: 'custom', path: ['values', j, 'fromYear'], message: 'value_years_overlap' });
    });
  });

export type SroiParameters = z.output<typeof sroiParameters>;
export type SroiParametersInput = z.input<typeof sroiParameters>;

/**
 * The source the default set's example rows carry, in each UI language. It is stored in Danish (the
 * programme's language); a page shows it in the reader's language (`sourceText`), so an English page
 * does not quote Danish and a Danish page no longer shows both languages in one cell.
 */
export const EXAMPLE_SOURCE = {
  da: 'Eksempel – erstat med tal fra SØM’s vidensdatabase (Social- og Boligstyrelsen, sbst.dk) eller kommunens egne satser.',
  en: 'Example – replace with figures from the SØM knowledge base (Social- og Boligstyrelsen, sbst.dk) or the municipality’s own rates.',
} as const;

/** The two-language text sets made before the source was stored in one language still carry. */
const EXAMPLE_SOURCE_BOTH = `${EXAMPLE_SOURCE.da} Example – replace with figures from the SØM knowledge base or the municipality’s own rates.`;

/** A row's source as the reader should see it: the default example text in their language, any other source as written. */
export function sourceText(source: string, locale: 'da' | 'en'): string {
  return source === EXAMPLE_SOURCE.da || source === EXAMPLE_SOURCE.en || source === EXAMPLE_SOURCE_BOTH ? EXAMPLE_SOURCE[locale] : source;
}

/**
 * The starting point offered when a programme makes its first parameter set. No official figure
 * could be verified while writing this, so EVERY value is marked as an example: the amounts are
 * round orders of magnitude (a year on social assistance against a year in work), not tuned to
 * any target ratio, and the costs are left for the programme to enter.
 */
export const DEFAULT_SROI_PARAMETERS: SroiParameters = {
  discountRate: DEFAULT_DISCOUNT_RATE,
  deadweight: 0.3,
  attribution: 0.5,
  dropOff: 0.2,
  horizonYears: 5,
  costs: [],
  values: [
    {
      kind: 'job',
      fromYear: 2020,
      toYear: null,
      savedBenefitsPerYear: 150_000,
      extraTaxPerYear: 80_000,
      source: EXAMPLE_SOURCE.da,
      example: true,
    },
    {
      kind: 'education',
      fromYear: 2020,
      toYear: null,
      savedBenefitsPerYear: 60_000,
      extraTaxPerYear: 0,
      source: EXAMPLE_SOURCE.da,
      example: true,
    },
    {
      kind: 'apprenticeship',
      fromYear: 2020,
      toYear: null,
      savedBenefitsPerYear: 100_000,
      extraTaxPerYear: 30_000,
      source: EXAMPLE_SOURCE.da,
      example: true,
    },
    {
      kind: 'flex-job',
      fromYear: 2020,
      toYear: null,
      savedBenefitsPerYear: 50_000,
      extraTaxPerYear: 40_000,
      source: EXAMPLE_SOURCE.da,
      example: true,
    },
    {
      kind: 'few-hour-job',
      fromYear: 2020,
      toYear: null,
      savedBenefitsPerYear: 30_000,
      extraTaxPerYear: 10_000,
      source: EXAMPLE_SOURCE.da,
      example: true,
    },
  ],
  effectYears: { job: 2, education: 2, apprenticeship: 3, 'flex-job': 2, 'few-hour-job': 1 },
};
