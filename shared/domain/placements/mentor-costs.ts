import type { Payer } from './states.ts';

export interface MentorHourEntry {
  workedOn: string;
  hours: number;
  /** The mentor's rate when the hours were logged (kept, so a later rate change does not rewrite history). */
  ratePerHour: number;
  payer: Payer;
}

export interface CostLine {
  hours: number;
  cost: number;
}

export interface MentorCosts extends CostLine {
  byPayer: Array<CostLine & { payer: Payer }>;
  byMonth: Array<CostLine & { month: string }>;
  byPayerMonth: Array<CostLine & { payer: Payer; month: string }>;
}

/** Hours in hundredths and money in øre: integer sums, so every breakdown adds up to the total exactly. */
function centiHours(h: number): number {
  return Math.round(h * 100);
}
function ore(kroner: number): number {
  return Math.round(kroner * 100);
}
function entryOre(e: MentorHourEntry): number {
  return Math.round((centiHours(e.hours) * ore(e.ratePerHour)) / 100);
}

type Acc = { ch: number; ore: number };
function add(map: Map<string, Acc>, key: string, e: MentorHourEntry): void {
  const a = map.get(key) ?? { ch: 0, ore: 0 };
  a.ch += centiHours(e.hours);
  a.ore += entryOre(e);
  map.set(key, a);
}
const line = (a: Acc): CostLine => ({ hours: a.ch / 100, cost: a.ore / 100 });

/**
 * Mentor cost = hours × rate, summed per payer (the funder), per month ('YYYY-MM' of the date
 * worked) and per payer and month. Each entry is rounded to whole øre once; the sums are exact.
 */
export function mentorCosts(entries: readonly MentorHourEntry[]): MentorCosts {
  const total: Acc = { ch: 0, ore: 0 };
  const byPayer = new Map<string, Acc>();
  const byMonth = new Map<string, Acc>();
  const byPayerMonth = new Map<string, Acc>();
  for (const e of entries) {
    if (!(e.hours >= 0) || !(e.ratePerHour >= 0)) throw new RangeError('hours and rate must be ≥ 0');
    total.ch += centiHours(e.hours);
    total.ore += entryOre(e);
    const month = e.workedOn.slice(0, 7);
    add(byPayer, e.payer, e);
    add(byMonth, month, e);
    add(byPayerMonth, `${e.payer}|${month}`, e);
  }
  const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
  return {
    ...line(total),
    byPayer: sorted(byPayer).map(([payer, a]) => ({ payer: payer as Payer, ...line(a) })),
    byMonth: sorted(byMonth).map(([month, a]) => ({ month, ...line(a) })),
    byPayerMonth: sorted(byPayerMonth).map(([key, a]) => {
      const [payer, month] = key.split('|') as [Payer, string];
      return { payer, month, ...line(a) };
    }),
  };
}
