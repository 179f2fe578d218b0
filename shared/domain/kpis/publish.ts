import type { Completion, ExactDashboard } from './dashboard.ts';
import { mustSuppress } from './suppression.ts';
import { SUPPRESSIBLE_FIGURES, type FigureKey } from './types.ts';

/**
 * Turns exact figures into what an audience may see. Staff (who may open the records anyway) get
 * exact numbers; aggregate audiences (funders, evaluators) and every aggregate export get counts of
 * 1–4 people replaced by "suppressed". A rate is hidden when either of its parts is, because the
 * rate times the denominator would give the small count back.
 */

export type Audience = 'staff' | 'aggregate';

type Cell = { value: number | null; suppressed: boolean };

const cell = (value: number | null, hide: boolean): Cell =>
  hide && value !== null && mustSuppress(value) ? { value: null, suppressed: true } : { value, suppressed: false };

function rateCell(c: Completion | undefined, rate: number | null, hide: boolean): Cell {
  if (!hide || !c) return { value: rate, suppressed: false };
  return mustSuppress(c.completed) || mustSuppress(c.endedEarly) ? { value: null, suppressed: true } : { value: rate, suppressed: false };
}

function figureCell(key: FigureKey, value: number | null, hide: boolean, completion?: Completion): Cell {
  if (key === 'completion_rate') return rateCell(completion, value, hide);
  return cell(value, hide && SUPPRESSIBLE_FIGURES.has(key));
}

export function publishDashboard(d: ExactDashboard, audience: Audience) {
  const hide = audience === 'aggregate';
  const completionHidden = hide && (mustSuppress(d.completion.completed) || mustSuppress(d.completion.endedEarly));
  return {
    period: d.period,
    audience,
    figures: d.figures.map((f) => {
      const c = figureCell(f.key, f.value, hide, f.completion);
      return {
        key: f.key,
        value: c.value,
        suppressed: c.suppressed,
        unit: f.unit,
        target: f.target,
        targetProgress: f.target !== null && f.target > 0 && c.value !== null ? c.value / f.target : null,
        targetPeriod: f.targetPeriod,
        trend: f.trend.map((t) => ({ period: t.period, ...figureCell(f.key, t.value, hide, t.completion) })),
      };
    }),
    steps: d.steps.map((s) => {
      const c = cell(s.count, hide);
      return { toStep: s.toStep, count: c.value, suppressed: c.suppressed };
    }),
    outcomes: d.outcomes.map((o) => {
      const c = cell(o.count, hide);
      return { kind: o.kind, count: c.value, suppressed: c.suppressed };
    }),
    hoursByPayer: d.hoursByPayer,
    mentorCosts: d.mentorCosts,
    support: d.support,
    completion: completionHidden
      ? { completed: null, endedEarly: null, ended: null, rate: null, suppressed: true }
      : { ...d.completion, suppressed: false },
  };
}
export type PublishedDashboard = ReturnType<typeof publishDashboard>;
