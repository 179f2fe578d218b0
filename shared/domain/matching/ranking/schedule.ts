import { AVAILABILITY_SLOTS } from '../../participants/constants.ts';
import { parseLocalTime } from '../../calendar/local-time.ts';
import type { OpeningScheduleEntry } from '../../youth-rules/opening.ts';

/**
 * Opening shifts against the participant's half-day availability grid.
 *
 * Convention: a day has three parts, `am` 00:00–12:00, `pm` 12:00–17:00 and `eve` 17:00–24:00
 * (each start inclusive, end exclusive). A shift needs every part it spends at least one minute in,
 * weighted by those minutes; a shift past midnight needs the next day's `am` for the part after
 * midnight (Sunday wraps to Monday). Breaks count as presence. Slot i is AVAILABILITY_SLOTS[i]:
 * (weekday − 1) × 3 + part.
 */

export const PART_BOUNDS = [720, 1020, 1440] as const;
export const SLOT_COUNT = AVAILABILITY_SLOTS.length;
const SLOT_INDEX = new Map<string, number>(AVAILABILITY_SLOTS.map((s, i) => [s, i]));

/** Minutes of the weekly schedule that fall in each of the 21 slots. */
export function slotMinutes(schedule: readonly OpeningScheduleEntry[]): Int32Array {
  const out = new Int32Array(SLOT_COUNT);
  for (const e of schedule) {
    const start = parseLocalTime(e.start);
    let end = parseLocalTime(e.end, { allowEndOfDay: true });
    if (end <= start) end += 1440;
    let t = start;
    while (t < end) {
      const day = Math.floor(t / 1440);
      const tod = t - day * 1440;
      const part = tod < PART_BOUNDS[0] ? 0 : tod < PART_BOUNDS[1] ? 1 : 2;
      const partEnd = day * 1440 + PART_BOUNDS[part]!;
      const seg = Math.min(end, partEnd) - t;
      out[((e.weekday - 1 + day) % 7) * 3 + part]! += seg;
      t += seg;
    }
  }
  return out;
}

/** 21-bit mask of the known availability codes; unknown codes are ignored. 0 = nothing recorded. */
export function availabilityMask(codes: readonly string[] | undefined): number {
  let mask = 0;
  for (const c of codes ?? []) {
    const i = SLOT_INDEX.get(c);
    if (i !== undefined) mask |= 1 << i;
  }
  return mask;
}

/** Mask of the slots a schedule needs. */
export function neededMask(minutes: Int32Array): number {
  let mask = 0;
  for (let i = 0; i < SLOT_COUNT; i++) if (minutes[i]! > 0) mask |= 1 << i;
  return mask;
}

/** Scheduled minutes inside the available slots. */
export function coveredMinutes(minutes: Int32Array, needMask: number, availMask: number): number {
  let bits = needMask & availMask;
  let sum = 0;
  while (bits !== 0) {
    const i = 31 - Math.clz32(bits);
    sum += minutes[i]!;
    bits &= ~(1 << i);
  }
  return sum;
}

const DAYS_DA = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PARTS_DA = ['formiddag', 'eftermiddag', 'aften'];
const PARTS_EN = ['morning', 'afternoon', 'evening'];

/** The codes of the slots in a mask, in grid order ('mon-am', …). */
export function slotCodes(mask: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < SLOT_COUNT; i++) if (mask & (1 << i)) out.push(AVAILABILITY_SLOTS[i]!);
  return out;
}

/** 'tirsdag eftermiddag, lørdag formiddag' / 'Tuesday afternoon, Saturday morning'. */
export function slotNames(mask: number, lang: 'da' | 'en'): string {
  const out: string[] = [];
  for (let i = 0; i < SLOT_COUNT; i++) {
    if (!(mask & (1 << i))) continue;
    const day = Math.floor(i / 3);
    out.push(lang === 'da' ? `${DAYS_DA[day]} ${PARTS_DA[i % 3]}` : `${DAYS_EN[day]} ${PARTS_EN[i % 3]}`);
  }
  return out.join(', ');
}
