import { shiftMinutes } from '../hours/pay.ts';
import type { ConsentGiver, ParticipantKind } from '../participants/constants.ts';
import { consentInForce } from '../participants/consent.ts';
import { CODEBOOK, type DatasetRow, type EvaluationTable } from './codebook.ts';

/**
 * Builds the evaluation tables from raw facts. Each row is made by picking the codebook's columns,
 * so only codebook columns ever reach a file. Who is included is decided here too: participants
 * with an evaluation consent in force on `today` (the same rule as everywhere: not revoked, not in
 * the future, and a guardian's consent lapses at 18).
 */

export type ParticipantFacts = {
  id: string;
  kind: string;
  birthDate: string;
  siteCode: string;
  step: number | null;
  track: string | null;
  status: string;
};
export type ConsentFacts = { participantId: string; givenOn: string; givenBy: string; revokedAt: Date | string | null };
export type PlacementRowFacts = {
  participantId: string;
  openingKind: string;
  step: number | null;
  startsOn: string | null;
  endsOn: string | null;
  endedOn: string | null;
  status: string;
  outcome: string | null;
  endReason: string | null;
  hoursPerWeek: number | null;
  payer: string | null;
};
export type ShiftFacts = { participantId: string; workDate: string; startTime: string; endTime: string; breakMinutes: number };
export type AttendanceFacts = { participantId: string; activityKind: string; sessionsAttended: number };

export type DatasetFacts = {
  participants: ParticipantFacts[];
  consents: ConsentFacts[];
  placements: PlacementRowFacts[];
  shifts: ShiftFacts[];
  attendance: AttendanceFacts[];
};

export type Dataset = Record<EvaluationTable, DatasetRow[]>;

/** The ids of participants whose evaluation consent is in force on `today`. */
export function consentedIds(participants: readonly ParticipantFacts[], consents: readonly ConsentFacts[], today: string): Set<string> {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const ok = new Set<string>();
  for (const c of consents) {
    const person = byId.get(c.participantId);
    const facts = { givenOn: c.givenOn, givenBy: c.givenBy as ConsentGiver, revokedAt: c.revokedAt };
    if (person && consentInForce(facts, { kind: person.kind as ParticipantKind, birthDate: person.birthDate }, today)) {
      ok.add(c.participantId);
    }
  }
  return ok;
}

function pick(table: EvaluationTable, values: DatasetRow): DatasetRow {
  const columns = CODEBOOK.find((t) => t.name === table)!.columns;
  return Object.fromEntries(columns.map((c) => [c.name, values[c.name] ?? null]));
}

/**
 * `pseudonymOf` is the keyed pseudonymiser (the server's HMAC under the export key): passed in, so
 * this builder stays pure and free of cryptography.
 */
export function buildDataset(facts: DatasetFacts, pseudonymOf: (participantId: string) => string, today: string): Dataset {
  const included = consentedIds(facts.participants, facts.consents, today);
  const pseudo = new Map([...included].map((id) => [id, pseudonymOf(id)]));
  const of = (id: string) => pseudo.get(id)!;
  const sortRows = (rows: DatasetRow[]) =>
    rows.sort((a, b) => JSON.stringify(Object.values(a)).localeCompare(JSON.stringify(Object.values(b))));

  const participants = facts.participants
    .filter((p) => included.has(p.id))
    .map((p) =>
      pick('participants', {
        pseudonym: of(p.id),
        kind: p.kind,
        birth_year: Number(p.birthDate.slice(0, 4)),
        site_code: p.siteCode,
        step: p.step,
        track: p.track,
        status: p.status,
      }),
    );
  const placements = facts.placements
    .filter((p) => included.has(p.participantId))
    .map((p) =>
      pick('placements', {
        pseudonym: of(p.participantId),
        opening_kind: p.openingKind,
        step: p.step,
        starts_on: p.startsOn,
        ends_on: p.endsOn,
        ended_on: p.endedOn,
        status: p.status,
        outcome: p.outcome,
        end_reason: p.endReason,
        hours_per_week: p.hoursPerWeek,
        payer: p.payer,
      }),
    );
  const minutes = new Map<string, number>();
  for (const s of facts.shifts) {
    if (!included.has(s.participantId)) continue;
    const key = `${s.participantId}|${s.workDate.slice(0, 7)}`;
    minutes.set(key, (minutes.get(key) ?? 0) + shiftMinutes(s.startTime, s.endTime, s.breakMinutes));
  }
  const hours = [...minutes].map(([key, m]) => {
    const [id, month] = key.split('|') as [string, string];
    return pick('hours', { pseudonym: of(id), month, approved_hours: Math.round((m / 60) * 100) / 100 });
  });
  const activities = facts.attendance
    .filter((a) => included.has(a.participantId) && a.sessionsAttended > 0)
    .map((a) =>
      pick('activities', {
        pseudonym: of(a.participantId),
        activity_kind: a.activityKind,
        sessions_attended: a.sessionsAttended,
      }),
    );
  return {
    participants: sortRows(participants),
    placements: sortRows(placements),
    hours: sortRows(hours),
    activities: sortRows(activities),
  };
}
