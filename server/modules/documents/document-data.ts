/**
 * What the placement documents are made of (blocks of Danish text) and made from (one placement's
 * data, with what the reader may not see already nulled). Plain types: no I/O.
 */
import type { OpeningFlags } from '../../../shared/schemas/openings.ts';

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; rows: ReadonlyArray<{ label: string; value: string }> }
  | { kind: 'list'; items: readonly string[] }
  | { kind: 'signature'; lines: readonly string[] };

export interface DocumentContent {
  /** The PDF's title (shown by readers instead of the file name). */
  title: string;
  subject: string;
  /** Printed small at the top of every document: whose programme issued it. */
  issuedBy: string;
  blocks: Block[];
}

export interface Slot {
  weekday: number;
  start: string;
  end: string;
  breakMinutes: number;
}

export type { OpeningFlags };

/** Everything the documents may say about one placement. Fields the caller may not see are null. */
export interface PlacementDocumentData {
  programme: string;
  today: string;
  employer: {
    name: string;
    cvr: string | null;
    workplaceName: string;
    workplaceAddress: string;
    postalCode: string;
    pNumber: string | null;
  };
  employee: {
    firstName: string;
    /** Null when the reader may not see it (an employer without a consent sharing contact details). */
    lastName: string | null;
    address: string | null;
    birthDate: string;
  };
  job: { title: string; tasks: string; kind: string };
  /** The agreement, or the opening's plan when nothing is agreed yet (parent letter only). */
  terms: {
    agreed: boolean;
    startsOn: string | null;
    endsOn: string | null;
    hoursPerWeek: number | null;
    weeklySchedule: readonly Slot[];
    wagePerHour: number | null;
    wagePayer: string | null;
    mentorName: string | null;
  };
  flags: OpeningFlags;
  adultStaffPresent: boolean;
  /** Not stored in Jobbro yet: null prints "none registered" and a line to fill in. */
  collectiveAgreement: string | null;
  probation: string | null;
  training: string | null;
  guardians: readonly string[];
  /** What was recorded when a guardian was informed of this job (guardians module). */
  notices: ReadonlyArray<{
    guardianName: string | null;
    risks: string;
    precautions: string;
    informedOn: string;
    cosignedOn: string | null;
  }>;
}
