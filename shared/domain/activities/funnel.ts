import { datePart, daysBetween, type LocalDate, type LocalDateTime } from '../calendar/local-time.ts';

/**
 * The attribution funnel per activity kind: of the people who attended an activity of a kind in a
 * period, how many LATER got a placement, completed one, or started an education, and how soon.
 * Pure (no clock, no I/O) so the counting rule in docs/kpis.md ("Activity funnel") is testable by
 * hand. All times are Europe/Copenhagen wall clock.
 */

export const ACTIVITY_KINDS = [
  'professional_course',
  'interview_training',
  'craftsman_cafe',
  'information_meeting',
  'training_track',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** One attendance mark: a person present (or absent) at one session of an activity of a kind. */
export interface FunnelAttendance {
  participantId: string;
  kind: ActivityKind;
  /** When the session started (Copenhagen wall clock, 'YYYY-MM-DDTHH:mm'). */
  sessionStartsAt: LocalDateTime;
  present: boolean;
}

/** What the funnel needs of a placement. */
export interface FunnelPlacement {
  participantId: string;
  status: string;
  /** When it reached `active` (Copenhagen wall clock); null if it never did. */
  activatedAt: LocalDateTime | null;
  /** The day it was completed or ended early. */
  endedOn: LocalDate | null;
  outcome: string | null;
  endReason: string | null;
}

export interface FunnelStage {
  count: number;
  /** Median whole days from the person's first attendance to their first event of this stage. */
  medianDays: number | null;
}

export interface FunnelRow {
  kind: ActivityKind;
  attendees: number;
  placed: FunnelStage;
  completed: FunnelStage;
  education: FunnelStage;
}

export interface FunnelInput {
  attendances: readonly FunnelAttendance[];
  placements: readonly FunnelPlacement[];
  /** The period of the attended sessions, inclusive Copenhagen dates. */
  from: LocalDate;
  to: LocalDate;
  /** Events (attendance, activation, ending) after this wall-clock moment are not counted yet. */
  now: LocalDateTime;
}

/** The median of whole numbers (the mean of the two middle ones for an even count), or null if none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Whether a placement's ending counts as "started an education". */
export function isEducationStart(p: FunnelPlacement): boolean {
  return (
    (p.status === 'completed' && p.outcome === 'started_education') || (p.status === 'ended_early' && p.endReason === 'started_education')
  );
}

/** The earliest attended session per person for one kind, within the period and not after `now`. */
function firstAttendances(input: FunnelInput, kind: ActivityKind): Map<string, LocalDateTime> {
  const first = new Map<string, LocalDateTime>();
  for (const a of input.attendances) {
    if (a.kind !== kind || !a.present || a.sessionStartsAt > input.now) continue;
    const day = datePart(a.sessionStartsAt);
    if (day < input.from || day > input.to) continue;
    const prev = first.get(a.participantId);
    if (prev === undefined || a.sessionStartsAt < prev) first.set(a.participantId, a.sessionStartsAt);
  }
  return first;
}

/** Days from the first attendance to the earliest event among `dates`, or null if none. */
function earliestDays(firstAt: LocalDateTime, dates: readonly LocalDate[]): number | null {
  if (dates.length === 0) return null;
  return daysBetween(datePart(firstAt), [...dates].sort()[0]!);
}

/**
 * Computes the funnel for every activity kind (in ACTIVITY_KINDS order, kinds without attendees
 * included as zero rows). A placement counts for a person only if it reached `active` strictly
 * after their first attended session of that kind; "completed" and "education" are endings of such
 * placements on or before `now`. So placed ≤ attendees, and completed ≤ placed, education ≤ placed.
 */
export function computeFunnel(input: FunnelInput): FunnelRow[] {
  const byPerson = new Map<string, FunnelPlacement[]>();
  for (const p of input.placements) {
    if (!p.activatedAt || p.activatedAt > input.now) continue;
    byPerson.set(p.participantId, [...(byPerson.get(p.participantId) ?? []), p]);
  }
  const today = datePart(input.now);
  return ACTIVITY_KINDS.map((kind) => {
    const placed: number[] = [];
    const completed: number[] = [];
    const education: number[] = [];
    const first = firstAttendances(input, kind);
    for (const [participantId, firstAt] of first) {
      const later = (byPerson.get(participantId) ?? []).filter((p) => p.activatedAt! > firstAt);
      const ended = (pred: (p: FunnelPlacement) => boolean) =>
        later.filter((p) => pred(p) && p.endedOn !== null && p.endedOn <= today).map((p) => p.endedOn!);
      const placedDays = earliestDays(
        firstAt,
        later.map((p) => datePart(p.activatedAt!)),
      );
      if (placedDays !== null) placed.push(placedDays);
      const completedDays = earliestDays(
        firstAt,
        ended((p) => p.status === 'completed'),
      );
      if (completedDays !== null) completed.push(completedDays);
      const educationDays = earliestDays(firstAt, ended(isEducationStart));
      if (educationDays !== null) education.push(educationDays);
    }
    const stage = (days: number[]): FunnelStage => ({ count: days.length, medianDays: median(days) });
    return { kind, attendees: first.size, placed: stage(placed), completed: stage(completed), education: stage(education) };
  });
}
