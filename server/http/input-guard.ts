import type { FastifyInstance } from 'fastify';
import { errors, type ValidationIssue } from './errors.ts';

/**
 * The calendar years a request may name. PostgreSQL has no year 0 (`0000-01-01` is an error, not a
 * date), JavaScript's `Date.UTC` maps years 0–99 onto 1900–1999, and the holiday and youth-rule
 * calendar code assumes the Gregorian calendar. 1900 is before anyone on a programme was born; 2999
 * leaves room for "far in the future" probes, which the domain refuses with its own, clearer code
 * (`date_in_future`). A four-digit year also keeps every date string sortable as text.
 */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2999;

/** Date-shaped strings: dates, months, ISO weeks and local or zoned date-times. Free text never matches the whole string. */
const TEMPORAL = /^(\d{4})-(?:W\d{2}|\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_ISSUES = 20;
const MAX_DEPTH = 32;

/** Why a string cannot be stored, or null. NUL is refused by PostgreSQL's text types; a lone surrogate by jsonb (the audit). */
export function unstorable(s: string): 'nul_character' | 'lone_surrogate' | 'year_out_of_range' | null {
  if (s.includes('\u0000')) return 'nul_character';
  if (LONE_SURROGATE.test(s)) return 'lone_surrogate';
  const year = TEMPORAL.exec(s)?.[1];
  if (year !== undefined && (Number(year) < YEAR_MIN || Number(year) > YEAR_MAX)) return 'year_out_of_range';
  return null;
}

/** Walks a parsed body, query or params (keys too) and names every string that cannot be stored. */
export function findUnstorable(value: unknown, where: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const visit = (v: unknown, path: (string | number)[], depth: number) => {
    if (issues.length >= MAX_ISSUES || depth > MAX_DEPTH) return;
    if (typeof v === 'string') {
      const code = unstorable(v);
      if (code) issues.push({ in: where, path, code, message: code });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, [...path, i], depth + 1));
    } else if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [key, item] of Object.entries(v)) {
        const keyCode = key === '' ? null : unstorable(key);
        if (keyCode && keyCode !== 'year_out_of_range') issues.push({ in: where, path: [...path, key], code: keyCode, message: keyCode });
        visit(item, [...path, key], depth + 1);
      }
    }
  };
  visit(value, [], 0);
  return issues;
}

/**
 * One guard for every route, before its schema runs, so no route (present or future) has to
 * remember it: text PostgreSQL cannot store and years outside YEAR_MIN..YEAR_MAX are refused with
 * `input_not_storable` instead of surfacing as a 500 from the database.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const issues = [
      ...findUnstorable(req.params, 'params'),
      ...findUnstorable(req.query, 'querystring'),
      ...findUnstorable(req.body, 'body'),
    ];
    if (issues.length > 0) throw errors.inputNotStorable(issues.slice(0, MAX_ISSUES));
  });
}
