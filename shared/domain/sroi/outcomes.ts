import type { OutcomeKind } from './schema.ts';

/**
 * The outcomes the calculator takes from a programme's own placements, following docs/kpis.md:
 * time in work is placements that reached active on a job or apprenticeship opening, measured in
 * person-years from start to end (or today while running) and valued by opening kind (flex job and
 * few-hour job openings as such; internships and training tracks are not paid work and are not
 * valued). The end outcomes are those of docs/kpis.md "Outcomes": education started (outcome or end
 * reason `started_education`), apprenticeship (outcome `apprenticeship_agreement`) and ordinary job
 * (outcome `ordinary_job` or end reason `got_other_job`), each person once per kind (their first).
 */

export type PlacementFacts = {
  participantId: string;
  /** The opening's kind (openings.kind): decides how the placement's time is valued. */
  openingKind: string;
  /** Set when the placement reached active. */
  activatedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  endedOn: string | null;
  outcome: string | null;
  endReason: string | null;
};

export type DerivedOutcome = {
  source: 'placement-time' | 'end-outcome';
  kind: OutcomeKind;
  year: number;
  /** Distinct people (end outcomes) or person-years in that calendar year (placement time). */
  people: number;
  personYears: number;
};

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;
const yearDays = (y: number) => days(`${y}-01-01`, `${y}-12-31`);
const minDate = (...ds: (string | null)[]) => ds.filter((d): d is string => d !== null).sort()[0]!;
const maxDate = (...ds: string[]) => [...ds].sort().at(-1)!;

const JOB_OPENINGS = new Set(['pocket_money', 'municipal_leisure', 'private_leisure', 'ordinary_job']);

/** How time on an opening kind is valued; null for kinds that are not paid work (internship, training track). */
function placementKind(openingKind: string): OutcomeKind | null {
  if (openingKind === 'flex_job') return 'flex-job';
  if (openingKind === 'few_hour_job') return 'few-hour-job';
  if (openingKind === 'apprenticeship') return 'apprenticeship';
  return JOB_OPENINGS.has(openingKind) ? 'job' : null;
}

function endKind(p: PlacementFacts): OutcomeKind | null {
  if (p.outcome === 'started_education' || p.endReason === 'started_education') return 'education';
  if (p.outcome === 'apprenticeship_agreement') return 'apprenticeship';
  if (p.outcome === 'ordinary_job' || p.endReason === 'got_other_job') return 'job';
  return null;
}

/**
 * Outcomes within [from, to] (inclusive dates), as of `today`. Placement time is clipped to the
 * period and to today, then split by calendar year (days ÷ days in that year).
 */
export function deriveOutcomes(placements: readonly PlacementFacts[], from: string, to: string, today: string): DerivedOutcome[] {
  const time = new Map<string, DerivedOutcome>();
  const firstEnd = new Map<string, { kind: OutcomeKind; on: string }>();

  for (const p of placements) {
    if (!p.activatedOn || !p.startsOn) continue;
    const last = minDate(p.endedOn ?? p.endsOn ?? today, today, to);
    const first = maxDate(p.startsOn, from);
    const timeKind = placementKind(p.openingKind);
    for (let y = Number(first.slice(0, 4)); timeKind && first <= last && y <= Number(last.slice(0, 4)); y++) {
      const n = days(maxDate(first, `${y}-01-01`), minDate(last, `${y}-12-31`));
      const kind = timeKind;
      const key = `${kind}|${y}`;
      const row = time.get(key) ?? { source: 'placement-time', kind, year: y, people: 0, personYears: 0 };
      row.personYears += n / yearDays(y);
      row.people = row.personYears;
      time.set(key, row);
    }
    const kind = endKind(p);
    if (kind && p.endedOn && p.endedOn >= from && p.endedOn <= to && p.endedOn <= today) {
      const key = `${p.participantId}|${kind}`;
      const held = firstEnd.get(key);
      if (!held || p.endedOn < held.on) firstEnd.set(key, { kind, on: p.endedOn });
    }
  }

  const ends = new Map<string, DerivedOutcome>();
  for (const { kind, on } of firstEnd.values()) {
    const year = Number(on.slice(0, 4));
    const key = `${kind}|${year}`;
    const row = ends.get(key) ?? { source: 'end-outcome', kind, year, people: 0, personYears: 0 };
    row.people += 1;
    ends.set(key, row);
  }
  const order = (a: DerivedOutcome, b: DerivedOutcome) => a.year - b.year || a.kind.localeCompare(b.kind);
  return [...[...time.values()].sort(order), ...[...ends.values()].sort(order)];
}
