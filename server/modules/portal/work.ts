import {
  addDays,
  copenhagenLocalDateTime,
  minuteOfDay,
  mondayOf,
  parseLocalTime,
  weekday,
} from '../../../shared/domain/calendar/local-time.ts';
import { payTotals, workedMinutes, type Payer, type WorkedLine } from '../../../shared/domain/hours/pay.ts';
import type { ActivityKind } from '../../../shared/domain/activities/funnel.ts';
import type { OpeningKind } from '../../../shared/domain/employers/openings.ts';
import type { Tx } from '../../../db/tenant.ts';
import { statementRequired } from '../documents/index.ts';
import * as repo from './work-repository.ts';

/**
 * The person's work as the portal shows it to them and their guardians: jobs, the next planned
 * shifts, this week's and month's hours by status, earnings per month and upcoming activities.
 * Every list comes from a query; pay follows the payroll export's rule (approved hours in force ×
 * the agreed rate, with the 12.5 % holiday pay of `shared/domain/hours/pay.ts`).
 */

/** How far ahead the next shifts look, and how many the phone shows. */
const PLANNED_DAYS = 14;
const PLANNED_MAX = 10;
/** Earnings cover the current month and the eleven before it. */
const EARNING_MONTHS = 12;

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const hhmm = (t: string) => t.slice(0, 5);

function lastDayOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

function monthsBack(date: string, n: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) - n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * The shifts that count: an original replaced by a correction that was not turned down gives way
 * to it (as in the timesheet), so nothing is shown twice; pay counts an approved shift until an
 * approved correction replaces it (as the payroll export does).
 */
function inForce(rows: readonly repo.PortalShiftRow[], replacing: (s: repo.PortalShiftRow) => boolean): repo.PortalShiftRow[] {
  const replaced = new Set(rows.filter((s) => s.corrects_shift_id && replacing(s)).map((s) => s.corrects_shift_id));
  return rows.filter((s) => !replaced.has(s.id));
}

const minutesOf = (s: repo.PortalShiftRow) => workedMinutes(s.work_date, s.start_time, s.end_time, s.break_minutes);

function presentJob(j: repo.PortalJobRow, contacts: Awaited<ReturnType<typeof repo.employerContacts>>, minor: boolean) {
  return {
    id: j.id,
    status: j.status as 'agreed' | 'active' | 'completed' | 'ended_early',
    title: j.title,
    kind: j.kind as OpeningKind,
    step: j.ladder_step,
    employer: j.employer_name,
    workplace: { name: j.workplace_name, address: j.workplace_address, postalCode: j.workplace_postal_code },
    contacts: contacts
      .filter((c) => c.organisation_id === j.organisation_id)
      .map((c) => ({ name: c.name, email: c.email === '' ? null : c.email })),
    mentor: j.mentor_name ? { name: j.mentor_name, phone: j.mentor_phone, email: j.mentor_email } : null,
    weeklySchedule: j.weekly_schedule.map((e) => ({ weekday: e.weekday, start: e.start, end: e.end, breakMinutes: e.breakMinutes })),
    hoursPerWeek: j.hours_per_week,
    wagePerHour: j.wage_per_hour,
    wagePayer: j.wage_payer as Payer | null,
    startsOn: j.starts_on,
    endsOn: j.ends_on,
    endedOn: j.ended_on,
    documents: [
      ...(j.hours_per_week !== null && statementRequired(j.hours_per_week) ? (['employment_statement'] as const) : []),
      ...(minor ? (['parent_letter'] as const) : []),
    ],
  };
}

/** The agreed weekly schedules of agreed and running jobs, laid out on the coming days (today's still to start). */
function plannedShifts(jobs: readonly repo.PortalJobRow[], today: string, now: Date) {
  const nowMinute = minuteOfDay(copenhagenLocalDateTime(now));
  const out = [];
  for (let i = 0; i < PLANNED_DAYS; i++) {
    const date = addDays(today, i);
    for (const j of jobs) {
      if (j.status !== 'active' && j.status !== 'agreed') continue;
      if (!j.starts_on || date < j.starts_on || (j.ends_on && date > j.ends_on)) continue;
      for (const e of j.weekly_schedule) {
        if (e.weekday !== weekday(date)) continue;
        if (date === today && parseLocalTime(e.start) <= nowMinute) continue;
        out.push({
          placementId: j.id,
          title: j.title,
          employer: j.employer_name,
          date,
          startTime: e.start,
          endTime: e.end,
          breakMinutes: e.breakMinutes,
          hours: hoursOf(workedMinutes(date, e.start, e.end, e.breakMinutes)),
        });
      }
    }
  }
  return out.sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime)).slice(0, PLANNED_MAX);
}

function totalsBetween(rows: readonly repo.PortalShiftRow[], from: string, to: string) {
  const sum = (status: string) =>
    hoursOf(rows.filter((s) => s.status === status && s.work_date >= from && s.work_date <= to).reduce((t, s) => t + minutesOf(s), 0));
  return { from, to, submitted: sum('submitted'), approved: sum('approved'), rejected: sum('rejected') };
}

function earningsByMonth(rows: readonly repo.PortalShiftRow[]) {
  const months = new Map<string, WorkedLine[]>();
  for (const s of inForce(rows, (c) => c.status === 'approved')) {
    if (s.status !== 'approved') continue;
    const line: WorkedLine = {
      date: s.work_date,
      minutes: minutesOf(s),
      ratePerHour: s.wage_per_hour ?? 0,
      payer: (s.wage_payer ?? 'project_funds') as Payer,
      hourly: true,
    };
    const month = s.work_date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), line]);
  }
  return [...months.keys()]
    .sort()
    .reverse()
    .map((month) => ({ month, ...payTotals(months.get(month)!) }));
}

/** Keeps each activity's next session: the one the person needs to know about. */
function nextSessions(rows: readonly repo.PortalActivityRow[]) {
  const seen = new Set<string>();
  const out = [];
  for (const r of rows) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    out.push({
      id: r.id,
      kind: r.kind as ActivityKind,
      title: r.title,
      place: r.place ?? r.site_name,
      address: r.site_address ? `${r.site_address}, ${r.site_postal_code}` : null,
      startsAt: new Date(r.starts_at).toISOString(),
      endsAt: new Date(r.ends_at).toISOString(),
      registration: r.status as 'invited' | 'registered',
    });
  }
  return out;
}

/**
 * One person's work, read in the caller's transaction (the caller has checked they may see it).
 * `minor`: under 18 today, so each job has a letter to the parents.
 */
export async function workOf(trx: Tx, programmeId: string, participantId: string, today: string, now: Date, minor: boolean) {
  const jobs = await repo.jobsOf(trx, programmeId, participantId);
  const contacts = await repo.employerContacts(trx, programmeId, [...new Set(jobs.map((j) => j.organisation_id))]);
  const monday = mondayOf(today);
  const monthStart = `${today.slice(0, 7)}-01`;
  const week = { from: monday, to: addDays(monday, 6) };
  const month = { from: monthStart, to: lastDayOfMonth(today) };
  const earliest = monthsBack(today, EARNING_MONTHS - 1);
  const latest = [week.to, month.to].sort()[1]!;
  const shifts = await repo.shiftsBetween(trx, programmeId, participantId, [earliest, monday].sort()[0]!, latest);
  const recent = inForce(shifts, (c) => c.status !== 'rejected').filter((s) => s.work_date >= [monday, monthStart].sort()[0]!);
  return {
    jobs: jobs.map((j) => presentJob(j, contacts, minor)),
    shifts: plannedShifts(jobs, today, now),
    hours: recent
      .map((s) => ({
        id: s.id,
        placementId: s.placement_id,
        title: s.title,
        date: s.work_date,
        startTime: hhmm(s.start_time),
        endTime: hhmm(s.end_time),
        breakMinutes: s.break_minutes,
        hours: hoursOf(minutesOf(s)),
        status: s.status as 'submitted' | 'approved' | 'rejected',
        rejectedReason: s.rejected_reason,
      }))
      .reverse(),
    hoursTotals: { week: totalsBetween(recent, week.from, week.to), month: totalsBetween(recent, month.from, month.to) },
    earnings: earningsByMonth(shifts),
    activities: nextSessions(await repo.upcomingActivities(trx, programmeId, participantId, now)),
  };
}
export type PortalWork = Awaited<ReturnType<typeof workOf>>;
