import { z } from 'zod';
import { ADULT_TRACKS } from '../../../../shared/domain/participants/constants.ts';
import { KPI_AGE_BANDS } from '../../../../shared/domain/kpis/types.ts';
import type { OutcomeFilters } from './api.ts';

/** The dashboard's URL search: every field falls back to "not set", so a bad link never throws. */
export const outcomesSearch = z.object({
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  siteId: z.uuid().optional().catch(undefined),
  step: z.coerce.number().int().min(1).max(4).optional().catch(undefined),
  track: z.enum(ADULT_TRACKS).optional().catch(undefined),
  ageBand: z.enum(KPI_AGE_BANDS).optional().catch(undefined),
});
export type OutcomesSearch = z.infer<typeof outcomesSearch>;

export const PERIOD_PRESETS = ['last12', 'thisYear', 'lastYear', 'thisQuarter', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The dates a preset stands for, counted from `today` (a Copenhagen date, passed in). */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  switch (preset) {
    case 'thisYear':
      return { from: iso(y, 1, 1), to: today };
    case 'lastYear':
      return { from: iso(y - 1, 1, 1), to: iso(y - 1, 12, 31) };
    case 'thisQuarter': {
      const q = Math.floor((m - 1) / 3) * 3 + 1;
      return { from: iso(y, q, 1), to: today };
    }
    case 'last12': {
      // The twelve months that end today: from the day after the same date a year ago (29 February
      // falls back to the 28th), never a calendar year, which "Seneste 12 måneder" would misname.
      const d = Number(today.slice(8, 10));
      const start = new Date(Date.UTC(y - 1, m - 1, Math.min(d, lastDay(y - 1, m)) + 1));
      return { from: start.toISOString().slice(0, 10), to: today };
    }
  }
}

/** Which preset a period matches (to show it selected), or 'custom'. */
export function presetOf(from: string, to: string, today: string): PeriodPreset {
  for (const p of PERIOD_PRESETS) {
    if (p === 'custom') continue;
    const r = presetPeriod(p, today);
    if (r.from === from && r.to === to) return p;
  }
  return 'custom';
}

/** The search with its defaults filled in: the last twelve months up to today. */
export function filtersOf(search: OutcomesSearch, today: string): OutcomeFilters {
  const period = search.from && search.to ? { from: search.from, to: search.to } : presetPeriod('last12', today);
  return { ...period, siteId: search.siteId, step: search.step, track: search.track, ageBand: search.ageBand };
}
