/**
 * Stable error codes for solver input. The CLI prints them as `{ error: { code, message, path } }`
 * and a future API route can map them onto its own error factory, so codes are part of the
 * contract: add new ones, never rename.
 *
 * - `invalid_instance`    the JSON does not have the solver input shape (missing field, wrong type)
 * - `unknown_objective`   `objective` is not one the solver knows
 * - `duplicate_id`        a participant or opening id occurs twice
 * - `invalid_capacity`    capacity is negative or not an integer (or reserve outside 0..capacity)
 * - `non_finite_score`    a score is NaN or ±Infinity
 * - `unknown_participant` an edge or ranking names a participant that is not listed
 * - `unknown_opening`     an edge or preference list names an opening that is not listed
 * - `duplicate_edge`      the same participant–opening pair is listed twice
 * - `invalid_tier`        a tier is not a non-negative integer
 */
export const MATCH_ERROR_CODES = [
  'invalid_instance',
  'unknown_objective',
  'duplicate_id',
  'invalid_capacity',
  'non_finite_score',
  'unknown_participant',
  'unknown_opening',
  'duplicate_edge',
  'invalid_tier',
] as const;
export type MatchErrorCode = (typeof MATCH_ERROR_CODES)[number];

/** Path into the input document, zod style: `['edges', 3, 'score']`. */
export type MatchErrorPath = readonly (string | number)[];

export interface MatchErrorBody {
  readonly code: MatchErrorCode;
  readonly message: string;
  readonly path: MatchErrorPath;
}

/** Thrown for bad solver input; carries a stable code and the offending path. */
export class MatchInputError extends Error {
  readonly code: MatchErrorCode;
  readonly path: MatchErrorPath;

  constructor(code: MatchErrorCode, message: string, path: MatchErrorPath) {
    super(message);
    this.name = 'MatchInputError';
    this.code = code;
    this.path = path;
  }

  toJSON(): MatchErrorBody {
    return { code: this.code, message: this.message, path: this.path };
  }
}
