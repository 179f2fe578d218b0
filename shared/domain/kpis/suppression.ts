/**
 * Small-cell suppression for aggregate outputs (dashboards for funders and evaluators, exports,
 * reports). A count of 1–4 people can identify someone in a small housing area, so it is replaced
 * by a marker; 0 is shown, because "nobody" identifies no one. Kept in one place so every export
 * applies the same threshold.
 */
export const SUPPRESSION_THRESHOLD = 5;

/** A count as it may be published: the number, or suppressed (shown as "<5"). */
export type PublishedCount = { value: number; suppressed: false } | { value: null; suppressed: true };

/** Whether a count of people must be hidden from aggregate-only audiences. */
export function mustSuppress(count: number, threshold = SUPPRESSION_THRESHOLD): boolean {
  return count > 0 && count < threshold;
}

/** Publishes a count of people, hiding 1–4. */
export function publishCount(count: number, threshold = SUPPRESSION_THRESHOLD): PublishedCount {
  return mustSuppress(count, threshold) ? { value: null, suppressed: true } : { value: count, suppressed: false };
}

/** The text a suppressed cell shows in CSV, Excel and PDF. */
export const SUPPRESSED_MARK = '<5';

/** Formats a count for an aggregate export cell. */
export function formatPublishedCount(count: number, threshold = SUPPRESSION_THRESHOLD): string | number {
  return mustSuppress(count, threshold) ? SUPPRESSED_MARK : count;
}
