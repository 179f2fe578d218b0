import { dayNumber, fromDayNumber, isLocalDateTime, toEpochMinutes } from '../calendar/local-time.ts';
import type { SectorCode, Shift } from './types.ts';

const MINUTES_PER_DAY = 1440;

/** A validated shift in wall-clock minutes, attributed to its start date. */
export type WorkedShift = {
  index: number;
  id?: string;
  sector?: SectorCode;
  /** Start date, 'YYYY-MM-DD'. */
  date: string;
  /** Wall-clock minutes since 1970-01-01T00:00. */
  start: number;
  end: number;
  /** Minutes after midnight of `date` (end may pass 1440 when the shift crosses midnight). */
  startOfDay: number;
  endOfDay: number;
  breakMinutes: number;
  workMinutes: number;
};

function label(shift: Shift, index: number): string {
  return shift.id !== undefined ? `Shift ${JSON.stringify(shift.id)}` : `Shift #${index}`;
}

/**
 * Validates and normalises shifts, sorted by start then end then input position, so every later
 * step is independent of the order the caller listed them in. Malformed shifts throw a RangeError:
 * the caller is expected to have validated input with the shared schemas first, so reaching this is
 * a programming error, not a rule violation.
 */
export function normalizeShifts(shifts: readonly Shift[]): WorkedShift[] {
  const out = shifts.map((shift, index): WorkedShift => {
    if (!isLocalDateTime(shift.start) || !isLocalDateTime(shift.end)) {
      throw new RangeError(`${label(shift, index)}: start and end must be 'YYYY-MM-DDTHH:mm'`);
    }
    const start = toEpochMinutes(shift.start);
    const end = toEpochMinutes(shift.end);
    const duration = end - start;
    if (duration <= 0 || duration > MINUTES_PER_DAY) {
      throw new RangeError(`${label(shift, index)}: end must be after start and at most 24 hours later`);
    }
    const breakMinutes = shift.breakMinutes;
    if (!Number.isInteger(breakMinutes) || breakMinutes < 0 || breakMinutes >= duration) {
      throw new RangeError(`${label(shift, index)}: breakMinutes must be a whole number ≥ 0 and shorter than the shift`);
    }
    const day = Math.floor(start / MINUTES_PER_DAY);
    const worked: WorkedShift = {
      index,
      date: fromDayNumber(day),
      start,
      end,
      startOfDay: start - day * MINUTES_PER_DAY,
      endOfDay: end - day * MINUTES_PER_DAY,
      breakMinutes,
      workMinutes: duration - breakMinutes,
    };
    if (shift.id !== undefined) worked.id = shift.id;
    if (shift.sector !== undefined) worked.sector = shift.sector;
    return worked;
  });
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
}

/** Shifts grouped by start date, dates ascending. */
export function groupByDate(shifts: readonly WorkedShift[]): Map<string, WorkedShift[]> {
  const map = new Map<string, WorkedShift[]>();
  for (const s of shifts) {
    const list = map.get(s.date);
    if (list) list.push(s);
    else map.set(s.date, [s]);
  }
  return new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every calendar date a shift touches (a shift ending exactly at midnight does not touch the next day). */
export function datesTouched(shift: WorkedShift): string[] {
  const first = Math.floor(shift.start / MINUTES_PER_DAY);
  const last = Math.floor((shift.end - 1) / MINUTES_PER_DAY);
  const dates: string[] = [];
  for (let d = first; d <= last; d++) dates.push(fromDayNumber(d));
  return dates;
}

export type Block = { start: number; end: number; shifts: WorkedShift[] };

/**
 * Overlapping or back-to-back shifts merged into continuous blocks of presence at work. Breaks inside
 * a shift stay inside the block: a break is not rest.
 */
export function mergeBlocks(shifts: readonly WorkedShift[]): Block[] {
  const blocks: Block[] = [];
  for (const s of shifts) {
    const last = blocks[blocks.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      last.shifts.push(s);
    } else {
      blocks.push({ start: s.start, end: s.end, shifts: [s] });
    }
  }
  return blocks;
}

export function dateOfMinute(minute: number): string {
  return fromDayNumber(Math.floor(minute / MINUTES_PER_DAY));
}

export function mondayNumber(date: string): number {
  const n = dayNumber(date);
  return n - ((((n + 3) % 7) + 7) % 7);
}

/** Sorted ids of the shifts that have one, or undefined when none has. */
export function idsOf(shifts: Iterable<WorkedShift>): string[] | undefined {
  const ids = new Set<string>();
  for (const s of shifts) if (s.id !== undefined) ids.add(s.id);
  return ids.size > 0 ? [...ids].sort() : undefined;
}
