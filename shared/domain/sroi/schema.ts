import { z } from 'zod';

/**
 * Input of the social-return calculator. Validation is strict on purpose: a cost outside the
 * analysis period or an outcome year without a value would otherwise be silently dropped or valued
 * at 0, and the ratio shown to funders would be wrong without anyone noticing.
 */

export const OUTCOME_KINDS = ['job', 'education', 'apprenticeship', 'flex-job', 'few-hour-job'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const DEFAULT_DISCOUNT_RATE = 0.035;
export const DEFAULT_SENSITIVITY_DELTAS = {
  deadweight: 0.1,
  attribution: 0.1,
  dropOff: 0.1,
  discountRate: 0.01,
} as const;

const year = z.int().min(1900).max(2200);
const share = z.number().min(0).max(1);
const kind = z.enum(OUTCOME_KINDS);

const costSchema = z.object({
  year,
  /** Kroner spent on the programme that year, fixed prices. */
  amount: z.number().min(0),
});

const outcomeSchema = z.object({
  kind,
  /** Gross number of people reaching the outcome (before deadweight and attribution). */
  people: z.number().min(0),
  startYear: year,
  /** How many years the outcome lasts, counted from `startYear`. */
  durationYears: z.int().min(1).max(100),
});

const valueSchema = z
  .object({
    kind,
    fromYear: year,
    /** Inclusive; open-ended when left out. */
    toYear: year.optional(),
    /** Kroner per person per year; may be negative (e.g. SU can cost more than the benefit it replaces). */
    savedBenefitsPerYear: z.number(),
    extraTaxPerYear: z.number(),
  })
  .refine((value) => value.toYear === undefined || value.toYear >= value.fromYear, {
    path: ['toYear'],
    message: 'toYear must not be before fromYear',
  });

const sensitivitySchema = z.object({
  deadweight: share.default(DEFAULT_SENSITIVITY_DELTAS.deadweight),
  attribution: share.default(DEFAULT_SENSITIVITY_DELTAS.attribution),
  dropOff: share.default(DEFAULT_SENSITIVITY_DELTAS.dropOff),
  discountRate: share.default(DEFAULT_SENSITIVITY_DELTAS.discountRate),
});

export const sroiInputSchema = z
  .object({
    /** Year 0: everything is discounted to this year, and the analysis period starts here. */
    baseYear: year,
    horizonYears: z.int().min(1).max(100),
    discountRate: share.default(DEFAULT_DISCOUNT_RATE),
    /** Share of outcomes that would have happened anyway. */
    deadweight: share,
    /** Share of the remaining outcomes credited to this programme (not to others). */
    attribution: share,
    /** Yearly fall in the effect after an outcome's first year. */
    dropOff: share,
    costs: z.array(costSchema),
    outcomes: z.array(outcomeSchema),
    values: z.array(valueSchema),
    sensitivity: sensitivitySchema.prefault({}),
  })
  .superRefine((input, ctx) => {
    const endYear = input.baseYear + input.horizonYears - 1;
    const period = `${input.baseYear}–${endYear}`;

    input.costs.forEach((cost, i) => {
      if (cost.year < input.baseYear || cost.year > endYear) {
        ctx.addIssue({ code: 'custom', path: ['costs', i, 'year'], message: `Cost year must be within ${period}` });
      }
    });

    input.values.forEach((value, j) => {
      const overlapping = input.values.findIndex(
        (other, i) =>
          i < j &&
          other.kind === value.kind &&
          other.fromYear <= (value.toYear ?? Infinity) &&
          value.fromYear <= (other.toYear ?? Infinity),
      );
      if (overlapping >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', j],
          message: `Value for '${value.kind}' overlaps values.${overlapping} in some years`,
        });
      }
    });

    input.outcomes.forEach((outcome, i) => {
      if (outcome.startYear < input.baseYear || outcome.startYear > endYear) {
        ctx.addIssue({
          code: 'custom',
          path: ['outcomes', i, 'startYear'],
          message: `Outcome start year must be within ${period}`,
        });
        return;
      }
      const lastYear = Math.min(endYear, outcome.startYear + outcome.durationYears - 1);
      for (let y = outcome.startYear; y <= lastYear; y++) {
        if (findValue(input.values, outcome.kind, y) === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['outcomes', i, 'kind'],
            message: `No value per person for '${outcome.kind}' in ${y}: add a values row covering that year`,
          });
          return;
        }
      }
    });
  });

/** What callers send: optional fields may be left out. */
export type SroiInput = z.input<typeof sroiInputSchema>;
/** What the calculator works on: defaults filled in, cross-field rules checked. */
export type SroiParams = z.output<typeof sroiInputSchema>;
export type SroiValue = SroiParams['values'][number];

/** The dated value row for one kind and year; validation guarantees at most one. */
export function findValue(values: readonly SroiValue[], outcomeKind: OutcomeKind, y: number): SroiValue | undefined {
  return values.find((v) => v.kind === outcomeKind && v.fromYear <= y && y <= (v.toYear ?? Infinity));
}

/** Shaped like the API's validation error details (`details.issues[].path`). */
export type SroiIssue = { path: (string | number)[]; code: string; message: string };

export type SroiValidation = { ok: true; value: SroiParams } | { ok: false; code: 'validation_failed'; issues: SroiIssue[] };

export function validateSroiInput(raw: unknown): SroiValidation {
  const parsed = sroiInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    code: 'validation_failed',
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
      code: issue.code,
      message: issue.message,
    })),
  };
}

/** Thrown by `calculateSroi` on invalid input; carries the same issues as `validateSroiInput`. */
export class SroiInputError extends Error {
  readonly issues: SroiIssue[];

  constructor(issues: SroiIssue[]) {
    super(`Invalid SROI input: ${issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
    this.name = 'SroiInputError';
    this.issues = issues;
  }
}
