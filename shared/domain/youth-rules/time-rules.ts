import { fromDayNumber, parseLocalTime } from '../calendar/local-time.ts';
import { isYouth, makeViolation, youthWeeks, type Context } from './context.ts';
import {
  capitalize,
  cited,
  clockDa,
  clockEn,
  dateDa,
  dateEn,
  groupDa,
  groupEn,
  hoursDa,
  hoursEn,
  minutesDa,
  minutesEn,
} from './messages.ts';
import { dateOfMinute, datesTouched, mergeBlocks, mondayNumber, type WorkedShift } from './shifts.ts';
import type { RuleSet, Violation, YouthCategory } from './types.ts';

/** When in the day, how long the rest, which days off and what break (all for 13–17-year-olds). */

const DAY = 1440;

/** The permitted window for one shift, in minutes after midnight of its date, after sector exceptions. */
export function permittedWindow(
  rs: RuleSet,
  category: YouthCategory,
  sector: string | undefined,
  alternativeAgreed: boolean,
): { start: number; end: number } {
  const windows = rs.nightWindows[category];
  const chosen = alternativeAgreed && windows.alternative ? windows.alternative : windows.default;
  let start = parseLocalTime(chosen.start);
  let end = parseLocalTime(chosen.end, { allowEndOfDay: true });
  for (const ex of rs.sectorExceptions) {
    if (sector === undefined || !(ex.sectors as readonly string[]).includes(sector) || !ex.categories.includes(category)) continue;
    if (ex.earliestStart !== undefined) start = Math.min(start, parseLocalTime(ex.earliestStart));
    if (ex.latestEnd !== undefined) end = Math.max(end, parseLocalTime(ex.latestEnd, { allowEndOfDay: true }));
  }
  return { start, end };
}

export function nightViolations(ctx: Context): Violation[] {
  const out: Violation[] = [];
  for (const s of ctx.shifts) {
    const category = ctx.categoryFor(s.date);
    if (!isYouth(category)) continue;
    const rs = ctx.ruleSetFor(s.date);
    const w = permittedWindow(rs, category, s.sector, ctx.alternativeWindowAgreed);
    const rule = `Arbejdet skal ligge mellem ${clockDa(w.start)} og ${clockDa(w.end)} for ${groupDa(category)}`;
    const ruleEn = `Work must lie between ${clockEn(w.start)} and ${clockEn(w.end)} for ${groupEn(category)}`;
    const day = capitalize(dateDa(s.date));
    if (s.startOfDay < w.start) {
      const text = cited(
        `${day}: arbejde fra ${clockDa(s.startOfDay)}. ${rule}`,
        `${dateEn(s.date)}: work from ${clockEn(s.startOfDay)}. ${ruleEn}`,
        rs.citations['night-work'],
      );
      out.push(makeViolation('night-work', s.date, w.start / 60, s.startOfDay / 60, 'time', text, [s]));
    }
    if (s.endOfDay > w.end) {
      const text = cited(
        `${day}: arbejde til ${clockDa(s.endOfDay)}. ${rule}`,
        `${dateEn(s.date)}: work until ${clockEn(s.endOfDay)}. ${ruleEn}`,
        rs.citations['night-work'],
      );
      out.push(makeViolation('night-work', s.date, w.end / 60, s.endOfDay / 60, 'time', text, [s]));
    }
  }
  return out;
}

/**
 * Daily rest, in the strict reading of "i døgnet": in the 24 hours from the start of every continuous
 * block of work there must be one unbroken rest of the required length inside those 24 hours. So
 * with 14 hours' rest, a 14-year-old's day may span at most 10 hours from first start to last end
 * (07–08 plus 15.30–17 is fine, 07–08 plus 16–17.30 is not), and with 12 hours at most 12. Breaks
 * are not rest; after the last given shift the rest is open-ended. One violation per date, for the
 * worst 24-hour period starting that day.
 */
export function dailyRestViolations(ctx: Context): Violation[] {
  const blocks = mergeBlocks(ctx.shifts);
  const worst = new Map<string, { longest: number; required: number; rs: RuleSet; category: YouthCategory; shifts: WorkedShift[] }>();
  blocks.forEach((block, i) => {
    const date = dateOfMinute(block.start);
    const category = ctx.categoryFor(date);
    if (!isYouth(category)) return;
    const rs = ctx.ruleSetFor(date);
    const required = rs.dailyRestHours[category] * 60;
    const windowEnd = block.start + DAY;
    let cursor = block.end;
    let longest = 0;
    const involved: WorkedShift[] = [...block.shifts];
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j];
      if (!next || next.start >= windowEnd) break;
      longest = Math.max(longest, next.start - cursor);
      cursor = Math.max(cursor, next.end);
      involved.push(...next.shifts);
    }
    if (cursor < windowEnd) longest = Math.max(longest, windowEnd - cursor);
    if (longest >= required) return;
    const previous = worst.get(date);
    if (!previous || longest < previous.longest) worst.set(date, { longest, required, rs, category, shifts: involved });
  });
  const out: Violation[] = [];
  for (const [date, w] of worst) {
    const text = cited(
      `${capitalize(dateDa(date))}: den længste sammenhængende hvile i døgnet er ${hoursDa(w.longest / 60)}. Kravet er ${hoursDa(w.required / 60)} for ${groupDa(w.category)}`,
      `${dateEn(date)}: the longest unbroken rest within the 24 hours is ${hoursEn(w.longest / 60)}. ${groupEn(w.category)} need ${hoursEn(w.required / 60)}`,
      w.rs.citations['daily-rest'],
    );
    out.push(makeViolation('daily-rest', date, w.required / 60, w.longest / 60, 'hours', text, w.shifts));
  }
  return out;
}

/**
 * Days off: every week (Monday–Sunday) with work at ages 13–17 needs a run of consecutive free
 * calendar days inside that week's own seven dates (AML § 62, stk. 2 and directive 94/33/EC art. 10:
 * two days off within each period of 7 days). A run does not reach into the next week, so a youth
 * who works Monday to Saturday breaks the rule whatever follows. Days without a given shift count
 * as free: a week still under way is judged on what is recorded, which only ever finds a violation
 * that later entries cannot undo.
 */
export function weeklyRestViolations(ctx: Context): Violation[] {
  const worked = new Set<string>();
  for (const s of ctx.shifts) for (const d of datesTouched(s)) worked.add(d);
  const out: Violation[] = [];
  for (const { monday, shifts } of youthWeeks(ctx)) {
    const mondayN = mondayNumber(monday);
    const rs = ctx.ruleSetFor(monday);
    const needed = rs.weeklyRest.consecutiveDaysOff;
    let best = 0;
    for (let i = 0; i < 7 && best < needed; i++) {
      let run = 0;
      while (run < needed && i + run < 7 && !worked.has(fromDayNumber(mondayN + i + run))) run++;
      best = Math.max(best, run);
    }
    if (best >= needed) continue;
    const text = cited(
      `Ugen fra ${dateDa(monday)}: ${best === 0 ? 'ingen fridøgn' : `kun ${best} fridøgn i træk`}. Unge under 18 år skal have ${needed} sammenhængende fridøgn hver uge`,
      `Week starting ${dateEn(monday)}: ${best === 0 ? 'no day off' : `only ${best} ${best === 1 ? 'day' : 'days'} off in a row`}. Young people under 18 need ${needed} consecutive days off every week`,
      rs.citations['weekly-rest'],
    );
    out.push(makeViolation('weekly-rest', monday, needed * 24, best * 24, 'hours', text, shifts));
  }
  return out;
}

/**
 * Breaks: a day with more than 4.5 hours' work needs 30 minutes' break. Recorded breaks and the gaps
 * between that day's shifts both count, so two jobs with a pause between them are not penalised.
 */
export function breakViolations(ctx: Context): Violation[] {
  const out: Violation[] = [];
  for (const [date, shifts] of ctx.byDate) {
    const category = ctx.categoryFor(date);
    if (!isYouth(category)) continue;
    const rs = ctx.ruleSetFor(date);
    const work = shifts.reduce((sum, s) => sum + s.workMinutes, 0);
    if (work <= rs.breaks.afterWorkMinutes) continue;
    const blocks = mergeBlocks(shifts);
    let pause = shifts.reduce((sum, s) => sum + s.breakMinutes, 0);
    for (let i = 1; i < blocks.length; i++) {
      const prev = blocks[i - 1];
      const next = blocks[i];
      if (prev && next) pause += next.start - prev.end;
    }
    if (pause >= rs.breaks.minBreakMinutes) continue;
    const after = rs.breaks.afterWorkMinutes / 60;
    const text = cited(
      `${capitalize(dateDa(date))}: ${hoursDa(work / 60)} arbejde med ${minutesDa(pause)} pause. Over ${hoursDa(after)} arbejde kræver mindst ${minutesDa(rs.breaks.minBreakMinutes)} pause for unge under 18 år`,
      `${dateEn(date)}: ${hoursEn(work / 60)} of work with ${minutesEn(pause)} of break. Over ${hoursEn(after)} of work requires a break of at least ${minutesEn(rs.breaks.minBreakMinutes)} for young people under 18`,
      rs.citations.break,
    );
    out.push(makeViolation('break', date, rs.breaks.minBreakMinutes, pause, 'minutes', text, shifts));
  }
  return out;
}
