import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';
import type { Payer } from '../../../shared/domain/hours/pay.ts';
import type { Facts, Period, TargetFact } from '../../../shared/domain/kpis/facts.ts';
import type { OpeningKind } from '../../../shared/domain/kpis/types.ts';

/**
 * The facts behind the outcome figures for one programme and period, one query per kind (ten
 * queries, each an index range scan on programme + date), with timestamps turned into Copenhagen
 * dates in SQL. Everything is restricted to what can touch the period, so a year of a 1,000-person
 * programme is a few thousand rows. The counting itself is pure (shared/domain/kpis).
 */

const localDate = (col: string) => sql<string>`((${sql.ref(col)} AT TIME ZONE 'Europe/Copenhagen')::date)`;

export async function loadFacts(trx: Tx, programmeId: string, p: Period): Promise<Facts> {
  const from = sql`${p.from}::date`;
  const to = sql`${p.to}::date`;

  const persons = sql<{
    id: string;
    kind: 'youth' | 'adult';
    site_id: string;
    birth_month: string;
    attached_from: string;
    attached_to: string | null;
    step: number | null;
    track: string | null;
  }>`
    SELECT p.id, p.kind, p.site_id, to_char(p.birth_date, 'YYYY-MM') AS birth_month,
      LEAST(${localDate('p.created_at')}, (SELECT min(l.on_date) FROM ladder_events l WHERE l.participant_id = p.id)) AS attached_from,
      CASE WHEN p.status IN ('completed', 'withdrawn') THEN COALESCE(
        (SELECT max(c.changed_on) FROM participant_status_changes c WHERE c.participant_id = p.id AND c.to_status = p.status),
        ${localDate('p.created_at')}) END AS attached_to,
      p.step, p.track
    FROM participants p
    WHERE p.programme_id = ${programmeId} AND p.merged_into IS NULL`.execute(trx);

  const ladder = sql<{
    participant_id: string;
    on_date: string;
    kind: 'step' | 'track';
    from_step: number | null;
    to_step: number | null;
    to_track: string | null;
  }>`
    SELECT l.participant_id, l.on_date, l.kind, l.from_step, l.to_step, l.to_track
    FROM ladder_events l
    WHERE l.programme_id = ${programmeId} AND l.on_date <= ${to}
    ORDER BY l.on_date, l.created_at`.execute(trx);

  const placements = sql<{
    id: string;
    participant_id: string;
    workplace_id: string;
    company_id: string | null;
    opening_kind: OpeningKind;
    status: string;
    starts_on: string | null;
    ends_on: string | null;
    activated_on: string | null;
    ended_on: string | null;
    end_reason: string | null;
    outcome: string | null;
  }>`
    SELECT pl.id, pl.participant_id, o.workplace_id, c.id AS company_id, o.kind AS opening_kind, pl.status, pl.starts_on, pl.ends_on,
      ${localDate('pl.activated_at')} AS activated_on, pl.ended_on, pl.end_reason, pl.outcome
    FROM placements pl
    JOIN openings o ON o.id = pl.opening_id
    LEFT JOIN companies c ON c.programme_id = o.programme_id AND c.organisation_id = o.organisation_id
    WHERE pl.programme_id = ${programmeId} AND pl.activated_at IS NOT NULL
      AND ${localDate('pl.activated_at')} <= ${to}
      AND (COALESCE(pl.ended_on, pl.ends_on) IS NULL OR COALESCE(pl.ended_on, pl.ends_on) >= ${from})`.execute(trx);

  // Approved hours in force: an approved correction replaces its original wherever either falls.
  // The person is the placement's (placements follow a merge into the surviving record). Summed per
  // placement and month in SQL (a year is ~50,000 shifts but a few thousand sums); the month's
  // first day (clipped to the period) stands for its shifts, which is all the trend needs.
  const shifts = sql<{
    id: string;
    placement_id: string;
    participant_id: string;
    work_date: string;
    minutes: number;
    rate: number;
    payer: Payer;
  }>`
    SELECT x.placement_id || ':' || to_char(x.month_start, 'YYYY-MM') AS id, x.placement_id, pl.participant_id,
      GREATEST(x.month_start, ${from}) AS work_date, x.minutes,
      COALESCE(pl.wage_per_hour, o.wage_per_hour, 0) AS rate,
      COALESCE(pl.wage_payer, o.wage_payer, 'project_funds') AS payer
    FROM (
      SELECT s.placement_id, date_trunc('month', s.work_date)::date AS month_start,
        sum((extract(epoch FROM (
          ((s.work_date + CASE WHEN s.end_time > s.start_time THEN 0 ELSE 1 END) + s.end_time) AT TIME ZONE 'Europe/Copenhagen'
          - (s.work_date + s.start_time) AT TIME ZONE 'Europe/Copenhagen')) / 60)::int - s.break_minutes)::int AS minutes
      FROM shifts s
      WHERE s.programme_id = ${programmeId} AND s.status = 'approved' AND s.work_date BETWEEN ${from} AND ${to}
        AND NOT EXISTS (SELECT 1 FROM shifts r WHERE r.corrects_shift_id = s.id AND r.status = 'approved')
      GROUP BY 1, 2
    ) x
    JOIN placements pl ON pl.id = x.placement_id
    JOIN openings o ON o.id = pl.opening_id`.execute(trx);

  const activities = sql<{ id: string; kind: string; site_id: string | null; host_company_id: string | null; cancelled: boolean }>`
    SELECT a.id, a.kind, a.site_id, a.host_company_id, a.cancelled_at IS NOT NULL AS cancelled
    FROM activities a
    WHERE a.programme_id = ${programmeId}
      AND EXISTS (SELECT 1 FROM activity_sessions x WHERE x.activity_id = a.id AND ${localDate('x.starts_at')} BETWEEN ${from} AND ${to})`.execute(
    trx,
  );

  const sessions = sql<{ id: string; activity_id: string; on_date: string }>`
    SELECT x.id, x.activity_id, ${localDate('x.starts_at')} AS on_date
    FROM activity_sessions x
    WHERE x.programme_id = ${programmeId} AND ${localDate('x.starts_at')} BETWEEN ${from} AND ${to}`.execute(trx);

  // Attendance of a record later merged into another counts for the surviving record.
  const attendance = sql<{ session_id: string; participant_id: string; present: boolean }>`
    SELECT t.session_id, COALESCE(pa.merged_into, t.participant_id) AS participant_id, t.present
    FROM activity_attendance t JOIN activity_sessions x ON x.id = t.session_id JOIN participants pa ON pa.id = t.participant_id
    WHERE t.programme_id = ${programmeId} AND ${localDate('x.starts_at')} BETWEEN ${from} AND ${to}`.execute(trx);

  const mentorHours = sql<{ participant_id: string; worked_on: string; hours: number; rate: number; payer: Payer }>`
    SELECT pl.participant_id, m.worked_on, m.hours, m.rate_per_hour AS rate, m.payer
    FROM mentor_hours m JOIN placements pl ON pl.id = m.placement_id
    WHERE m.programme_id = ${programmeId} AND m.worked_on BETWEEN ${from} AND ${to}`.execute(trx);

  const support = sql<{
    participant_id: string;
    raised_on: string;
    resolved_on: string | null;
    response_minutes: number | null;
    within_target: boolean | null;
  }>`
    SELECT pl.participant_id, ${localDate('r.raised_at')} AS raised_on, ${localDate('r.resolved_at')} AS resolved_on,
      round(extract(epoch FROM (r.first_response_at - r.raised_at)) / 60)::int AS response_minutes,
      CASE WHEN r.first_response_at IS NULL THEN NULL ELSE r.first_response_at <= r.due_at END AS within_target
    FROM support_requests r JOIN placements pl ON pl.id = r.placement_id
    WHERE r.programme_id = ${programmeId}
      AND (${localDate('r.raised_at')} BETWEEN ${from} AND ${to} OR ${localDate('r.resolved_at')} BETWEEN ${from} AND ${to})`.execute(trx);

  const commitments = sql<{ company_id: string; period_from: string; period_to: string }>`
    SELECT company_id, period_from, period_to FROM company_commitments
    WHERE programme_id = ${programmeId} AND period_from <= ${to} AND period_to >= ${from}`.execute(trx);

  const [pe, la, pl, sh, ac, se, at, mh, su, co] = await Promise.all([
    persons,
    ladder,
    placements,
    shifts,
    activities,
    sessions,
    attendance,
    mentorHours,
    support,
    commitments,
  ]);
  return {
    persons: pe.rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      siteId: r.site_id,
      birthMonth: r.birth_month,
      attachedFrom: r.attached_from,
      attachedTo: r.attached_to,
      step: r.step,
      track: r.track,
    })),
    ladder: la.rows.map((r) => ({
      participantId: r.participant_id,
      onDate: r.on_date,
      kind: r.kind,
      fromStep: r.from_step,
      toStep: r.to_step,
      toTrack: r.to_track,
    })),
    placements: pl.rows.map((r) => ({
      id: r.id,
      participantId: r.participant_id,
      workplaceId: r.workplace_id,
      companyId: r.company_id,
      openingKind: r.opening_kind,
      status: r.status,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      activatedOn: r.activated_on,
      endedOn: r.ended_on,
      endReason: r.end_reason,
      outcome: r.outcome,
    })),
    shifts: sh.rows.map((r) => ({
      id: r.id,
      placementId: r.placement_id,
      participantId: r.participant_id,
      workDate: r.work_date,
      minutes: r.minutes,
      status: 'approved' as const,
      correctsShiftId: null,
      ratePerHour: r.rate,
      payer: r.payer,
    })),
    activities: ac.rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      siteId: r.site_id,
      hostCompanyId: r.host_company_id,
      cancelled: r.cancelled,
    })),
    sessions: se.rows.map((r) => ({ id: r.id, activityId: r.activity_id, onDate: r.on_date })),
    attendance: at.rows.map((r) => ({ sessionId: r.session_id, participantId: r.participant_id, present: r.present })),
    mentorHours: mh.rows.map((r) => ({
      participantId: r.participant_id,
      workedOn: r.worked_on,
      hours: r.hours,
      ratePerHour: r.rate,
      payer: r.payer,
    })),
    support: su.rows.map((r) => ({
      participantId: r.participant_id,
      raisedOn: r.raised_on,
      resolvedOn: r.resolved_on,
      responseMinutes: r.response_minutes,
      withinTarget: r.within_target,
    })),
    commitments: co.rows.map((r) => ({ companyId: r.company_id, periodFrom: r.period_from, periodTo: r.period_to })),
  };
}

// ---------------------------------------------------------------------------------------------
// Targets

export async function listTargets(trx: Tx, programmeId: string) {
  const { rows } = await sql<{ figure_key: string; period_from: string; period_to: string; value: number; updated_at: Date }>`
    SELECT figure_key, period_from, period_to, value, updated_at FROM outcome_targets
    WHERE programme_id = ${programmeId} ORDER BY period_from, period_to, figure_key`.execute(trx);
  return rows;
}

export function targetFacts(rows: Awaited<ReturnType<typeof listTargets>>): TargetFact[] {
  return rows.map((r) => ({ key: r.figure_key, periodFrom: r.period_from, periodTo: r.period_to, value: Number(r.value) }));
}

/** Replaces the targets of exactly one period (the caller's transaction). */
export async function replaceTargets(
  trx: Tx,
  programmeId: string,
  periodFrom: string,
  periodTo: string,
  targets: Array<{ key: string; value: number }>,
  userId: string,
) {
  await sql`DELETE FROM outcome_targets WHERE programme_id = ${programmeId} AND period_from = ${periodFrom}::date AND period_to = ${periodTo}::date`.execute(
    trx,
  );
  for (const t of targets) {
    await sql`INSERT INTO outcome_targets (programme_id, figure_key, period_from, period_to, value, updated_by)
      VALUES (${programmeId}, ${t.key}, ${periodFrom}::date, ${periodTo}::date, ${t.value}, ${userId})`.execute(trx);
  }
}

// ---------------------------------------------------------------------------------------------
// What the records behind a figure show: name, site, placement and dates (coordinator view).

export async function personLabels(trx: Tx, programmeId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { name: string; siteName: string; anonymised: boolean }>();
  const { rows } = await sql<{ id: string; first_name: string; last_name: string; site_name: string; anonymised: boolean }>`
    SELECT p.id, p.first_name, p.last_name, s.name AS site_name, p.anonymised_at IS NOT NULL AS anonymised
    FROM participants p JOIN sites s ON s.id = p.site_id
    WHERE p.programme_id = ${programmeId} AND p.id = ANY(${[...ids]}::uuid[])`.execute(trx);
  return new Map(rows.map((r) => [r.id, { name: `${r.first_name} ${r.last_name}`, siteName: r.site_name, anonymised: r.anonymised }]));
}

export async function placementLabels(trx: Tx, programmeId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { title: string; workplaceName: string; startsOn: string | null; endsOn: string | null }>();
  const { rows } = await sql<{ id: string; title: string; workplace_name: string; starts_on: string | null; ends_on: string | null }>`
    SELECT pl.id, o.title, w.name AS workplace_name, pl.starts_on, pl.ends_on
    FROM placements pl JOIN openings o ON o.id = pl.opening_id JOIN workplaces w ON w.id = o.workplace_id
    WHERE pl.programme_id = ${programmeId} AND pl.id = ANY(${[...ids]}::uuid[])`.execute(trx);
  return new Map(rows.map((r) => [r.id, { title: r.title, workplaceName: r.workplace_name, startsOn: r.starts_on, endsOn: r.ends_on }]));
}

/** Site names of the programme, for the per-site export. */
export async function siteNames(trx: Tx, programmeId: string) {
  const { rows } = await sql<{
    id: string;
    name: string;
  }>`SELECT id, name FROM sites WHERE programme_id = ${programmeId} ORDER BY name`.execute(trx);
  return rows;
}
