import { addWorkingHours, workingMinutesBetween, type LocalDateTime, type WorkingHoursOptions } from '../calendar/local-time.ts';
import { copenhagenInstant, copenhagenLocal } from './time.ts';

/**
 * The employer hotline's response-time targets. A normal request counts only working hours,
 * 08:00–16:00 Monday–Friday in Copenhagen, not on Danish public holidays: one raised on Friday at
 * 15:00 is due on Monday at 14:00. An urgent one counts clock hours, day and night: "it is urgent"
 * cannot wait for the office to open, so one raised on Monday at 15:05 is due at 19:05 the same day.
 */
export const SUPPORT_CATEGORIES = ['attendance', 'conduct', 'skills', 'conflict', 'safety', 'other'] as const;
export type SupportCategory = (typeof SUPPORT_CATEGORIES)[number];

export const SUPPORT_SEVERITIES = ['urgent', 'normal'] as const;
export type SupportSeverity = (typeof SUPPORT_SEVERITIES)[number];

export const SUPPORT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

/** How a target's hours are counted: on the wall clock, or only inside working hours. */
export type TargetClock = 'clock' | 'working';

/** Urgent: 4 clock hours; normal: one working day (8 working hours). */
export const RESPONSE_TARGETS: Readonly<Record<SupportSeverity, { hours: number; counted: TargetClock }>> = {
  urgent: { hours: 4, counted: 'clock' },
  normal: { hours: 8, counted: 'working' },
};
export const RESPONSE_TARGET_HOURS: Readonly<Record<SupportSeverity, number>> = {
  urgent: RESPONSE_TARGETS.urgent.hours,
  normal: RESPONSE_TARGETS.normal.hours,
};

export const SUPPORT_WORKING_HOURS: WorkingHoursOptions = { dayStart: '08:00', dayEnd: '16:00' };

/**
 * When the first response is due: the target's hours after the request was raised, counted as
 * the severity says. Clock hours are real elapsed time (through the zone's offset), so a deadline
 * across a clock change is still four hours away, not three or five.
 */
export function responseDueAt(raisedAt: LocalDateTime, severity: SupportSeverity): LocalDateTime {
  const { hours, counted } = RESPONSE_TARGETS[severity];
  if (counted === 'clock') return copenhagenLocal(new Date(copenhagenInstant(raisedAt).getTime() + hours * 3_600_000));
  return addWorkingHours(raisedAt, hours, SUPPORT_WORKING_HOURS);
}

/** Working minutes from `a` to `b` (0 when b is not after a). */
export function workingMinutes(a: LocalDateTime, b: LocalDateTime): number {
  return Math.max(0, workingMinutesBetween(a, b, SUPPORT_WORKING_HOURS));
}

/** Minutes from `a` to `b` as the severity's target counts them (0 when b is not after a). */
export function targetMinutes(severity: SupportSeverity, a: LocalDateTime, b: LocalDateTime): number {
  if (RESPONSE_TARGETS[severity].counted === 'working') return workingMinutes(a, b);
  return Math.max(0, Math.round((copenhagenInstant(b).getTime() - copenhagenInstant(a).getTime()) / 60_000));
}

export interface SlaFacts {
  raisedAt: LocalDateTime;
  severity: SupportSeverity;
  firstResponseAt: LocalDateTime | null;
}

export interface SlaState {
  dueAt: LocalDateTime;
  /** Minutes until the deadline as the target counts them (negative once past); null once answered. */
  minutesLeft: number | null;
  /**
   * More time than the target went by before the answer (or, unanswered, until now), counted as the
   * target counts it. An answer at 07:59 the morning after a normal request's 16:00 deadline used no
   * working time past it, so it is not a breach; counting the same way keeps the deadline and the
   * breach the same rule.
   */
  breached: boolean;
  /** Working minutes it took to answer; null while unanswered. */
  responseWorkingMinutes: number | null;
}

/** Where a request stands against its target at `now` (all Copenhagen wall-clock minutes). */
export function slaState(f: SlaFacts, now: LocalDateTime): SlaState {
  const dueAt = responseDueAt(f.raisedAt, f.severity);
  const target = RESPONSE_TARGETS[f.severity].hours * 60;
  if (f.firstResponseAt !== null) {
    const took = targetMinutes(f.severity, f.raisedAt, f.firstResponseAt);
    return { dueAt, minutesLeft: null, breached: took > target, responseWorkingMinutes: workingMinutes(f.raisedAt, f.firstResponseAt) };
  }
  const used = targetMinutes(f.severity, f.raisedAt, now);
  return { dueAt, minutesLeft: target - used, breached: used > target, responseWorkingMinutes: null };
}

export interface SupportFacts extends SlaFacts {
  category: SupportCategory;
}

export interface SupportStats {
  count: number;
  byCategory: Record<SupportCategory, number>;
  bySeverity: Record<SupportSeverity, number>;
  answered: number;
  /** Median working hours from raised to first response, over answered requests. */
  medianFirstResponseHours: number | null;
  /** Share (0–1) answered within target, of those answered or already past their deadline. */
  withinTargetShare: number | null;
  /** Unanswered and past the deadline now. */
  openBreached: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Hotline statistics: median time to first response (working hours), the share answered within
 * target, and requests by category. Unanswered requests whose deadline has not passed are not yet
 * judged, so they count in neither side of the share.
 */
export function supportStats(requests: readonly SupportFacts[], now: LocalDateTime): SupportStats {
  const byCategory = Object.fromEntries(SUPPORT_CATEGORIES.map((c) => [c, 0])) as Record<SupportCategory, number>;
  const bySeverity: Record<SupportSeverity, number> = { urgent: 0, normal: 0 };
  const minutes: number[] = [];
  let judged = 0;
  let within = 0;
  let openBreached = 0;
  for (const r of requests) {
    byCategory[r.category] += 1;
    bySeverity[r.severity] += 1;
    const s = slaState(r, now);
    if (s.responseWorkingMinutes !== null) minutes.push(s.responseWorkingMinutes);
    if (r.firstResponseAt !== null || s.breached) {
      judged += 1;
      if (!s.breached) within += 1;
    }
    if (r.firstResponseAt === null && s.breached) openBreached += 1;
  }
  const med = median(minutes);
  return {
    count: requests.length,
    byCategory,
    bySeverity,
    answered: minutes.length,
    medianFirstResponseHours: med === null ? null : Math.round((med / 60) * 100) / 100,
    withinTargetShare: judged === 0 ? null : Math.round((within / judged) * 1000) / 1000,
    openBreached,
  };
}
