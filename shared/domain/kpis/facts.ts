import type { Payer } from '../hours/pay.ts';
import type { KpiAgeBand, OpeningKind } from './types.ts';

/**
 * The plain facts the outcome figures are computed from, one array per kind, as the repository
 * loads them for one programme and period. Dates are Copenhagen calendar dates ('YYYY-MM-DD'),
 * already converted from timestamps in SQL, so the maths here never touches a time zone.
 * Nothing here names a person: ids, codes and dates only (see docs/kpis.md on anonymisation).
 */

export type PersonFact = {
  id: string;
  kind: 'youth' | 'adult';
  siteId: string;
  /** 'YYYY-MM' of the birth date: anonymisation keeps year and month, so ages never move. */
  birthMonth: string;
  /** First day attached: the earlier of the intake ladder event and the record's creation. */
  attachedFrom: string;
  /** Last day attached (the day the record was closed as completed/withdrawn), or null while open. */
  attachedTo: string | null;
  /** Current step/track, used when no ladder event dates them before a period's end. */
  step: number | null;
  track: string | null;
};

export type LadderFact = {
  participantId: string;
  onDate: string;
  kind: 'step' | 'track';
  fromStep: number | null;
  toStep: number | null;
  toTrack: string | null;
};

export type PlacementFact = {
  id: string;
  participantId: string;
  workplaceId: string;
  /** The company (companies row) owning the workplace; null for municipal/housing workplaces. */
  companyId: string | null;
  openingKind: OpeningKind;
  status: string;
  startsOn: string | null;
  endsOn: string | null;
  /** Copenhagen date the placement became active, or null if it never did. */
  activatedOn: string | null;
  /** Set when completed or ended early. */
  endedOn: string | null;
  endReason: string | null;
  outcome: string | null;
};

/**
 * Worked time. In tests one row is one shift; the repository passes one row per placement and month
 * (corrections already netted in SQL, the date the month's first day in the period), which counts the
 * same and is a twelfth of the rows.
 */
export type ShiftFact = {
  id: string;
  placementId: string;
  participantId: string;
  workDate: string;
  minutes: number;
  status: 'submitted' | 'approved' | 'rejected';
  correctsShiftId: string | null;
  ratePerHour: number;
  payer: Payer;
};

export type ActivityFact = { id: string; kind: string; siteId: string | null; hostCompanyId: string | null; cancelled: boolean };
export type SessionFact = { id: string; activityId: string; onDate: string };
export type AttendanceFact = { sessionId: string; participantId: string; present: boolean };

export type MentorHourFact = { participantId: string; workedOn: string; hours: number; ratePerHour: number; payer: Payer };

export type SupportFact = {
  participantId: string;
  raisedOn: string;
  resolvedOn: string | null;
  /** Minutes from raising to the first response, or null without a response. */
  responseMinutes: number | null;
  /** The first response came by the deadline (null: not responded yet). */
  withinTarget: boolean | null;
};

export type CommitmentFact = { companyId: string; periodFrom: string; periodTo: string };

export type TargetFact = { key: string; periodFrom: string; periodTo: string; value: number };

export type Facts = {
  persons: PersonFact[];
  ladder: LadderFact[];
  placements: PlacementFact[];
  shifts: ShiftFact[];
  activities: ActivityFact[];
  sessions: SessionFact[];
  attendance: AttendanceFact[];
  mentorHours: MentorHourFact[];
  support: SupportFact[];
  commitments: CommitmentFact[];
};

export type Period = { from: string; to: string };

export type KpiFilters = { siteId?: string; step?: number; track?: string; ageBand?: KpiAgeBand };

/** An empty set of facts (tests and programmes without data). */
export function emptyFacts(): Facts {
  return {
    persons: [],
    ladder: [],
    placements: [],
    shifts: [],
    activities: [],
    sessions: [],
    attendance: [],
    mentorHours: [],
    support: [],
    commitments: [],
  };
}
