import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { asSystem, type Tx } from '../db/tenant.ts';
import { addDays } from '../shared/domain/calendar/local-time.ts';
import { addMonths } from '../shared/domain/participants/dates.ts';

/**
 * A year of outcome history for the demo (and the report benchmark): placements that started over
 * the last twelve months on six-month contracts, most completed with an outcome, some ended early,
 * the rest still running, with approved shifts along their agreed weekly schedules, mentor hours and
 * hotline requests. The people, companies and openings came through the API (scripts/demo-seed.ts);
 * history is written here as rows, because the API records the present (activation, approval and
 * endings happen "today") and would need thousands of calls to replay a year. The rows are what the
 * API would have left: shifts follow the legal agreed schedules, every status has its dates.
 */
export async function seedOutcomeHistory(
  db: Kysely<DB>,
  programmeId: string,
  today: string,
  opts: { skipFirst: number; raisedBy: string },
) {
  await asSystem(db, async (trx) => {
    const people = (
      await sql<{ id: string; kind: string; birth_date: string }>`
      SELECT id, kind, birth_date::text AS birth_date FROM participants WHERE programme_id = ${programmeId} ORDER BY created_at DESC, id`.execute(
        trx,
      )
    ).rows.slice(opts.skipFirst);
    const openings = (
      await sql<{
        id: string;
        kind: string;
        min_age: number;
        hours_per_week: string;
        weekly_schedule: Schedule;
        wage_per_hour: string | null;
        wage_payer: string | null;
      }>`
      SELECT id, kind, min_age, hours_per_week::text, weekly_schedule, wage_per_hour::text, wage_payer FROM openings
      WHERE programme_id = ${programmeId} ORDER BY min_age, title`.execute(trx)
    ).rows;
    const past = new Map<string, string>();
    const rnd = seeded(2026 + people.length);
    const placements: PlacementRow[] = [];
    people.forEach((person, i) => {
      const age = Number(today.slice(0, 4)) - Number(person.birth_date.slice(0, 4));
      const fits = openings.filter((o) => o.min_age <= age - 1);
      if (fits.length === 0) return;
      const opening = fits[i % fits.length]!;
      // Starts spread over the last year: some ended, some still running on six-month contracts.
      const startsOn = addDays(addMonths(today, -1 - ((i * 5) % 12)), -(i % 7));
      const endsOn = addDays(addMonths(startsOn, 6), -1);
      const roll = rnd();
      const over = endsOn < today;
      const status = !over ? 'active' : roll < 0.12 ? 'ended_early' : 'completed';
      const endedOn = status === 'completed' ? endsOn : status === 'ended_early' ? addDays(startsOn, 40 + Math.floor(rnd() * 90)) : null;
      placements.push({
        person,
        opening,
        startsOn,
        endsOn,
        status,
        endedOn,
        outcome: status === 'completed' ? pick(OUTCOMES, rnd()) : null,
        endReason: status === 'ended_early' ? pick(END_REASONS, rnd()) : null,
      });
    });
    // Everything goes in as a handful of multi-row statements: the demo starts on embedded PGlite too.
    const rows = {
      placements: [] as Array<Record<string, unknown>>,
      shifts: [] as Array<Record<string, unknown>>,
      mentor: [] as Array<Record<string, unknown>>,
      support: [] as Array<Record<string, unknown>>,
    };
    for (const [n, pl] of placements.entries()) {
      const id = randomUUID();
      const schedule = scheduleOf(pl.opening);
      rows.placements.push({
        id,
        programme_id: programmeId,
        participant_id: pl.person.id,
        opening_id: await pastOpening(trx, past, pl.opening.id, today),
        status: pl.status,
        starts_on: pl.startsOn,
        ends_on: pl.endsOn,
        hours_per_week: pl.opening.hours_per_week,
        weekly_schedule: JSON.stringify(schedule),
        wage_per_hour: pl.opening.wage_per_hour,
        wage_payer: pl.opening.wage_payer ?? 'project_funds',
        agreed_at: new Date(`${addDays(pl.startsOn, -7)}T09:00:00Z`),
        activated_at: new Date(`${pl.startsOn}T07:00:00Z`),
        ended_on: pl.endedOn,
        end_reason: pl.endReason,
        outcome: pl.outcome,
        status_changed_at: new Date(`${pl.endedOn ?? pl.startsOn}T12:00:00Z`),
        created_at: new Date(`${addDays(pl.startsOn, -21)}T09:00:00Z`),
      });
      rows.shifts.push(
        ...shiftRows(programmeId, id, pl.person.id, schedule, pl.startsOn, [pl.endedOn ?? today, addDays(today, -1)].sort()[0]!),
      );
      if (n % 3 === 0) {
        for (let d = addDays(pl.startsOn, 14); d <= (pl.endedOn ?? addDays(today, -1)); d = addDays(d, 30)) {
          rows.mentor.push({
            programme_id: programmeId,
            placement_id: id,
            mentor_name: 'Mentor (demo)',
            worked_on: d,
            hours: 2,
            rate_per_hour: 250,
            payer: 'project_funds',
          });
        }
      }
      if (n % 4 === 1) {
        const raised = new Date(`${addDays(pl.startsOn, 20)}T09:00:00Z`).getTime();
        const minutes = 30 + Math.floor(rnd() * 300);
        rows.support.push({
          programme_id: programmeId,
          placement_id: id,
          raised_by: opts.raisedBy,
          raised_as: 'employer',
          category: pick(['attendance', 'conduct', 'skills', 'other'] as const, rnd()),
          severity: 'normal',
          description: 'Aftalt opfølgning (demo).',
          status: 'resolved',
          raised_at: new Date(raised),
          due_at: new Date(raised + 4 * 3_600_000),
          first_response_at: new Date(raised + minutes * 60_000),
          resolved_at: new Date(raised + 2 * 86_400_000),
        });
      }
    }
    const insert = async (table: 'placements' | 'shifts' | 'mentor_hours' | 'support_requests', values: Array<Record<string, unknown>>) => {
      for (let i = 0; i < values.length; i += 500)
        await trx
          .insertInto(table)
          .values(values.slice(i, i + 500) as never)
          .execute();
    };
    await insert('placements', rows.placements);
    await insert('shifts', rows.shifts);
    await insert('mentor_hours', rows.mentor);
    await insert('support_requests', rows.support);
  });
}

type Schedule = Array<{ weekday: number; start: string; end: string; breakMinutes: number }>;
interface PlacementRow {
  person: { id: string; kind: string };
  opening: {
    id: string;
    kind: string;
    hours_per_week: string;
    weekly_schedule: Schedule;
    wage_per_hour: string | null;
    wage_payer: string | null;
  };
  startsOn: string;
  endsOn: string;
  status: string;
  endedOn: string | null;
  outcome: string | null;
  endReason: string | null;
}

const OUTCOMES = [
  'next_step',
  'stayed_in_job',
  'started_education',
  'ordinary_job',
  'apprenticeship_agreement',
  'next_step',
  'stayed_in_job',
] as const;
const END_REASONS = ['participant_stopped', 'moved', 'started_education', 'got_other_job'] as const;
const pick = <T>(xs: readonly T[], r: number): T => xs[Math.floor(r * xs.length) % xs.length]!;

/** The opening's schedule, or (adults' openings have none) mornings Monday to Thursday. */
function scheduleOf(o: { hours_per_week: string; weekly_schedule: Schedule }): Schedule {
  if (o.weekly_schedule.length > 0) return o.weekly_schedule;
  const perDay = Math.min(8, Math.max(2, Math.round(Number(o.hours_per_week) / 4)));
  return [1, 2, 3, 4].map((weekday) => ({ weekday, start: '08:00', end: `${String(8 + perDay).padStart(2, '0')}:00`, breakMinutes: 0 }));
}

/** A filled twin of a current opening that the year's placements ran in, so today's openings stay open. */
async function pastOpening(trx: Tx, cache: Map<string, string>, openingId: string, today: string): Promise<string> {
  const hit = cache.get(openingId);
  if (hit) return hit;
  const id = (
    await sql<{ id: string }>`
    INSERT INTO openings (programme_id, organisation_id, workplace_id, kind, ladder_step, title, tasks, task_tags, requirements, min_age, max_age, hours_per_week,
      weekly_schedule, places, starts_on, ends_on, wage_per_hour, wage_payer, adult_staff_present, light_work_only, machines_or_chemicals, risk_assessment_done_on,
      contact_with_children_under_15, child_certificate_obtained, only_out_of_compulsory_school, status)
    SELECT programme_id, organisation_id, workplace_id, kind, ladder_step, title || ' (sidste år)', tasks, task_tags, requirements, min_age, max_age, hours_per_week,
      weekly_schedule, 50, ${addMonths(today, -14)}::date, ${addDays(today, -1)}::date, wage_per_hour, wage_payer, adult_staff_present, light_work_only, machines_or_chemicals,
      risk_assessment_done_on, contact_with_children_under_15, child_certificate_obtained, only_out_of_compulsory_school, 'closed'
    FROM openings WHERE id = ${openingId} RETURNING id`.execute(trx)
  ).rows[0]!.id;
  cache.set(openingId, id);
  return id;
}

/** Approved shifts on every scheduled weekday from the start to the last day worked. */
function shiftRows(programmeId: string, placementId: string, participantId: string, schedule: Schedule, from: string, to: string) {
  const rows: Array<Record<string, unknown>> = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const weekday = new Date(`${d}T12:00:00Z`).getUTCDay() || 7;
    for (const s of schedule.filter((x) => x.weekday === weekday)) {
      rows.push({
        programme_id: programmeId,
        placement_id: placementId,
        participant_id: participantId,
        work_date: d,
        start_time: s.start,
        end_time: s.end,
        break_minutes: s.breakMinutes,
        status: 'approved',
        recorded_as: 'employer',
        approved_at: new Date(`${d}T17:00:00Z`),
      });
    }
  }
  return rows;
}

/** A small deterministic generator, so every demo database has the same history. */
function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
