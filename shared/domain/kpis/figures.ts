import type { Facts, PlacementFact, Period } from './facts.ts';
import { contractAtLeast, inPeriod, overlaps } from './period.ts';
import type { Index } from './scope.ts';
import { COMPLETION_MIN_CONTRACT_MONTHS, INTERNSHIP_OPENING_KINDS, JOB_OPENING_KINDS, type FigureKey, type OutcomeKind } from './types.ts';

/**
 * The counting rules of docs/kpis.md, one function per figure. Each returns the MEMBERS behind the
 * figure (the rows a coordinator can click through to) and the value is derived from them, so the
 * number on the dashboard and the list behind it can never disagree.
 */

/** One record behind a figure. `key` is what the figure counts distinct (person, placement, workplace …). */
export type Member = {
  key: string;
  participantId: string | null;
  placementId: string | null;
  countedOn: string | null;
  /** Hours, for the hours figure. */
  hours: number | null;
};

export type Scope = {
  facts: Facts;
  ix: Index;
  /** Persons the filters select. */
  persons: ReadonlySet<string>;
  /** A person filter is set: programme-level sources (commitments, hosting, unattended courses) drop out. */
  filtered: boolean;
};

const member = (
  key: string,
  participantId: string | null,
  placementId: string | null,
  countedOn: string | null,
  hours: number | null = null,
): Member => ({ key, participantId, placementId, countedOn, hours });

const scoped = (s: Scope) => s.facts.placements.filter((pl) => s.persons.has(pl.participantId));

/** Last day a placement was active: when it ended, else its contract end (null: open-ended). */
export const activeUntil = (pl: PlacementFact): string | null => pl.endedOn ?? pl.endsOn;

/** Ended in the period with a contract of ≥ 6 months: the completion rate's population. */
export function completionPopulation(s: Scope, p: Period): Array<{ placement: PlacementFact; completed: boolean }> {
  return (
    scoped(s)
      .filter((pl) => (pl.status === 'completed' || pl.status === 'ended_early') && inPeriod(pl.endedOn, p))
      .filter((pl) => contractAtLeast(pl.startsOn, pl.endsOn, COMPLETION_MIN_CONTRACT_MONTHS))
      // Ended early on (or after) the contract's last day: the whole contract was served.
      .map((pl) => ({ placement: pl, completed: pl.status === 'completed' || (pl.endsOn !== null && pl.endedOn! >= pl.endsOn) }))
  );
}

const MEMBERS: Record<FigureKey, (s: Scope, p: Period) => Member[]> = {
  attached: (s, p) =>
    s.facts.persons
      .filter((x) => s.persons.has(x.id) && overlaps(x.attachedFrom, x.attachedTo, p))
      .map((x) => member(x.id, x.id, null, x.attachedFrom)),
  jobs: (s, p) =>
    scoped(s)
      .filter((pl) => inPeriod(pl.activatedOn, p))
      .map((pl) => member(pl.id, pl.participantId, pl.id, pl.activatedOn)),
  people_in_jobs: (s, p) =>
    scoped(s)
      .filter((pl) => JOB_OPENING_KINDS.has(pl.openingKind) && inPeriod(pl.activatedOn, p))
      .map((pl) => member(pl.participantId, pl.participantId, pl.id, pl.activatedOn)),
  people_in_internships: (s, p) =>
    scoped(s)
      .filter((pl) => INTERNSHIP_OPENING_KINDS.has(pl.openingKind) && inPeriod(pl.activatedOn, p))
      .map((pl) => member(pl.participantId, pl.participantId, pl.id, pl.activatedOn)),
  workplaces: (s, p) =>
    scoped(s)
      .filter((pl) => pl.activatedOn !== null && overlaps(pl.activatedOn, activeUntil(pl), p))
      .map((pl) => member(pl.workplaceId, pl.participantId, pl.id, pl.activatedOn)),
  companies_engaged: (s, p) => {
    const out = scoped(s)
      .filter((pl) => pl.companyId !== null && pl.activatedOn !== null && overlaps(pl.activatedOn, activeUntil(pl), p))
      .map((pl) => member(pl.companyId!, pl.participantId, pl.id, pl.activatedOn));
    if (s.filtered) return out;
    const host = new Map(s.facts.activities.filter((a) => a.hostCompanyId && !a.cancelled).map((a) => [a.id, a.hostCompanyId!]));
    for (const session of s.facts.sessions) {
      const company = host.get(session.activityId);
      if (company && inPeriod(session.onDate, p)) out.push(member(company, null, null, session.onDate));
    }
    for (const c of s.facts.commitments)
      if (overlaps(c.periodFrom, c.periodTo, p)) out.push(member(c.companyId, null, null, c.periodFrom < p.from ? p.from : c.periodFrom));
    return out;
  },
  hours: (s, p) =>
    s.ix.countedShifts
      .filter((x) => s.persons.has(x.participantId) && inPeriod(x.workDate, p))
      .map((x) => member(x.id, x.participantId, x.placementId, x.workDate, x.minutes / 60)),
  courses: (s, p) => {
    const courses = new Set(s.facts.activities.filter((a) => a.kind === 'professional_course' && !a.cancelled).map((a) => a.id));
    const out: Member[] = [];
    if (!s.filtered) {
      for (const session of s.facts.sessions)
        if (courses.has(session.activityId) && inPeriod(session.onDate, p))
          out.push(member(session.activityId, null, null, session.onDate));
    }
    return [...out, ...presentAt(s, p, courses).map((m) => ({ ...m, key: s.ix.sessionActivity.get(m.key)! }))];
  },
  course_participants: (s, p) => {
    const courses = new Set(s.facts.activities.filter((a) => a.kind === 'professional_course' && !a.cancelled).map((a) => a.id));
    return presentAt(s, p, courses).map((m) => ({ ...m, key: m.participantId! }));
  },
  completion_rate: (s, p) =>
    completionPopulation(s, p).map(({ placement: pl, completed }) =>
      member(completed ? 'completed' : 'ended_early', pl.participantId, pl.id, pl.endedOn),
    ),
  step_progressions: (s, p) =>
    s.facts.ladder
      .filter(
        (e) =>
          s.persons.has(e.participantId) &&
          e.kind === 'step' &&
          e.fromStep !== null &&
          e.toStep !== null &&
          e.toStep > e.fromStep &&
          inPeriod(e.onDate, p),
      )
      .map((e) => member(`${e.participantId}:${e.onDate}:${e.toStep}`, e.participantId, null, e.onDate)),
};

/** Present attendances of matching persons at sessions (in the period) of the given activities; key = session id. */
function presentAt(s: Scope, p: Period, activityIds: ReadonlySet<string>): Member[] {
  const out: Member[] = [];
  for (const a of s.facts.attendance) {
    if (!a.present || !s.persons.has(a.participantId)) continue;
    const activity = s.ix.sessionActivity.get(a.sessionId);
    const on = s.ix.sessionDates.get(a.sessionId) ?? null;
    if (!activity || !activityIds.has(activity) || !inPeriod(on, p)) continue;
    out.push(member(a.sessionId, a.participantId, null, on));
  }
  return out;
}

export function figureMembers(key: FigureKey, s: Scope, p: Period): Member[] {
  return MEMBERS[key](s, p);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The figure's value from its members: a distinct count, a sum of hours, or a rate (0–1, null when nothing ended). */
export function valueOf(key: FigureKey, members: readonly Member[]): number | null {
  if (key === 'hours') return round2(members.reduce((sum, m) => sum + (m.hours ?? 0), 0));
  if (key === 'completion_rate') {
    if (members.length === 0) return null;
    return members.filter((m) => m.key === 'completed').length / members.length;
  }
  if (key === 'jobs' || key === 'step_progressions') return members.length;
  return new Set(members.map((m) => m.key)).size;
}

/** People per outcome kind in the period (docs/kpis.md, "Outcomes"); each person once per kind. */
export function outcomeMembers(s: Scope, p: Period): Record<OutcomeKind, Member[]> {
  const out: Record<OutcomeKind, Member[]> = {
    education_started: [],
    apprenticeship: [],
    ordinary_job: [],
    flex_job: [],
    few_hour_job: [],
  };
  for (const pl of scoped(s)) {
    const started = inPeriod(pl.activatedOn, p);
    const ended = inPeriod(pl.endedOn, p);
    const add = (kind: OutcomeKind, on: string | null) => out[kind].push(member(pl.participantId, pl.participantId, pl.id, on));
    if (ended && (pl.outcome === 'started_education' || pl.endReason === 'started_education')) add('education_started', pl.endedOn);
    if (started && pl.openingKind === 'apprenticeship') add('apprenticeship', pl.activatedOn);
    if (ended && pl.outcome === 'apprenticeship_agreement') add('apprenticeship', pl.endedOn);
    if (started && pl.openingKind === 'ordinary_job') add('ordinary_job', pl.activatedOn);
    if (ended && (pl.outcome === 'ordinary_job' || pl.endReason === 'got_other_job')) add('ordinary_job', pl.endedOn);
    if (started && pl.openingKind === 'flex_job') add('flex_job', pl.activatedOn);
    if (started && pl.openingKind === 'few_hour_job') add('few_hour_job', pl.activatedOn);
  }
  return out;
}
