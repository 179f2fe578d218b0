import type { Facts, KpiFilters, LadderFact, PersonFact, ShiftFact } from './facts.ts';
import { ageBandOf, ageOn } from './period.ts';

/**
 * Indexes built once per computation, and who the filters select. Filters describe a person on the
 * LAST day of the dashboard's period (site, ladder step, track, age band) and then apply to every
 * month of its trend alike, so the months add up to the period and a person never changes bucket
 * half-way through a chart.
 */
export type Index = {
  personById: Map<string, PersonFact>;
  /** Ladder events per person, oldest first. */
  ladderByPerson: Map<string, LadderFact[]>;
  /** Approved shifts that no approved correction replaces: the hours that count. */
  countedShifts: ShiftFact[];
  sessionDates: Map<string, string>;
  sessionActivity: Map<string, string>;
};

export function buildIndex(facts: Facts): Index {
  const personById = new Map(facts.persons.map((p) => [p.id, p]));
  const ladderByPerson = new Map<string, LadderFact[]>();
  for (const e of facts.ladder) {
    const list = ladderByPerson.get(e.participantId);
    if (list) list.push(e);
    else ladderByPerson.set(e.participantId, [e]);
  }
  for (const list of ladderByPerson.values()) list.sort((a, b) => (a.onDate < b.onDate ? -1 : a.onDate > b.onDate ? 1 : 0));
  return {
    personById,
    ladderByPerson,
    countedShifts: countedShifts(facts.shifts),
    sessionDates: new Map(facts.sessions.map((s) => [s.id, s.onDate])),
    sessionActivity: new Map(facts.sessions.map((s) => [s.id, s.activityId])),
  };
}

/**
 * Approved hours net of corrections: a correction is a new row naming the shift it replaces, and the
 * original stops counting only once the correction is approved (a pending correction changes nothing).
 * Chains work the same way: each approved correction hides the row it names.
 */
export function countedShifts(shifts: readonly ShiftFact[]): ShiftFact[] {
  const replaced = new Set<string>();
  for (const s of shifts) if (s.status === 'approved' && s.correctsShiftId) replaced.add(s.correctsShiftId);
  return shifts.filter((s) => s.status === 'approved' && !replaced.has(s.id));
}

/** The person's step (youth) or track (adults) on a date: the latest ladder event on or before it, else the current value. */
export function ladderOn(ix: Index, person: PersonFact, on: string): { step: number | null; track: string | null } {
  let step: number | null | undefined;
  let track: string | null | undefined;
  for (const e of ix.ladderByPerson.get(person.id) ?? []) {
    if (e.onDate > on) break;
    if (e.kind === 'step') step = e.toStep;
    else track = e.toTrack;
  }
  return { step: step === undefined ? person.step : step, track: track === undefined ? person.track : track };
}

export const hasPersonFilter = (f: KpiFilters): boolean => Boolean(f.siteId || f.step || f.track || f.ageBand);

/** Ids of the persons the filters select, judged on `on` (the period's last day). */
export function selectPersons(ix: Index, filters: KpiFilters, on: string): Set<string> {
  const out = new Set<string>();
  for (const p of ix.personById.values()) {
    if (filters.siteId && p.siteId !== filters.siteId) continue;
    if (filters.ageBand && ageBandOf(ageOn(p.birthMonth, on)) !== filters.ageBand) continue;
    if (filters.step || filters.track) {
      const l = ladderOn(ix, p, on);
      if (filters.step && l.step !== filters.step) continue;
      if (filters.track && l.track !== filters.track) continue;
    }
    out.add(p.id);
  }
  return out;
}
