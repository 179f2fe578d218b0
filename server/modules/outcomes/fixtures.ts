import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Facts } from '../../../shared/domain/kpis/facts.ts';
import type { TestApp } from '../../../test/support/app.ts';
import { validCvr } from '../companies/fixtures.ts';
import { systemTx } from '../../lib/access/index.ts';

/**
 * Writes a set of KPI facts (shared/domain/kpis/fixture.ts, the hand-counted dataset) into a real
 * programme as plain rows, so the service tests check the SQL against the same hand counts as the
 * unit tests. Not a test file. Returns the symbolic-id → uuid map.
 */

const minutesToTime = (m: number) => `${String(8 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const at = (date: string, time = '10:00') => `${date}T${time}:00+01:00`;

export async function seedFacts(t: TestApp, programmeId: string, facts: Facts, userId: string, opts: { birthDay?: string } = {}) {
  const id = new Map<string, string>();
  const u = (k: string) => {
    if (!id.has(k)) id.set(k, randomUUID());
    return id.get(k)!;
  };
  const tag = randomUUID().slice(0, 6);
  await systemTx(t.db, async (trx) => {
    const run = (q: ReturnType<typeof sql>) => q.execute(trx);
    for (const site of new Set(facts.persons.map((p) => p.siteId))) {
      await run(
        sql`INSERT INTO sites (id, programme_id, name, address, postal_code) VALUES (${u(site)}, ${programmeId}, ${`Område ${site.slice(-1).toUpperCase()}`}, 'Vej 1', '4600')`,
      );
    }
    // Companies (C*) and the municipal organisation behind workplaces without a company.
    const companies = new Set<string>([
      ...facts.placements.flatMap((p) => (p.companyId ? [p.companyId] : [])),
      ...facts.activities.flatMap((a) => (a.hostCompanyId ? [a.hostCompanyId] : [])),
      ...facts.commitments.map((c) => c.companyId),
    ]);
    for (const c of companies) {
      await run(sql`INSERT INTO organisations (id, name, kind) VALUES (${u(`org:${c}`)}, ${`Firma ${c} ${tag}`}, 'company')`);
      await run(
        sql`INSERT INTO companies (id, programme_id, organisation_id, cvr, name, industry) VALUES (${u(c)}, ${programmeId}, ${u(`org:${c}`)}, ${validCvr()}, ${`Firma ${c}`}, 'Byg')`,
      );
    }
    await run(sql`INSERT INTO organisations (id, name, kind) VALUES (${u('org:municipal')}, ${`Kommune ${tag}`}, 'municipality')`);
    const workplaceOrg = new Map(facts.placements.map((p) => [p.workplaceId, p.companyId ? u(`org:${p.companyId}`) : u('org:municipal')]));
    for (const [w, org] of workplaceOrg) {
      await run(
        sql`INSERT INTO workplaces (id, programme_id, organisation_id, name, address, postal_code) VALUES (${u(w)}, ${programmeId}, ${org}, ${`Arbejdsplads ${w}`}, 'Vej 2', '4600')`,
      );
    }
    for (const p of facts.persons) {
      const status = p.attachedTo ? 'withdrawn' : 'active';
      await run(sql`INSERT INTO participants (id, programme_id, kind, first_name, last_name, birth_date, site_id, step, track, status, created_at)
        VALUES (${u(p.id)}, ${programmeId}, ${p.kind}, ${`Navn${p.id}`}, 'Testesen', ${`${p.birthMonth}-${opts.birthDay ?? '15'}`}::date, ${u(p.siteId)},
          ${p.kind === 'youth' ? p.step : null}, ${p.kind === 'adult' ? p.track : null}, ${status}, ${at(p.attachedFrom)}::timestamptz)`);
      if (p.attachedTo) {
        await run(
          sql`INSERT INTO participant_status_changes (programme_id, participant_id, from_status, to_status, changed_on) VALUES (${programmeId}, ${u(p.id)}, 'active', 'withdrawn', ${p.attachedTo}::date)`,
        );
      }
    }
    for (const e of facts.ladder) {
      await run(sql`INSERT INTO ladder_events (programme_id, participant_id, on_date, kind, from_step, to_step, to_track, reason, age_on_date)
        VALUES (${programmeId}, ${u(e.participantId)}, ${e.onDate}::date, ${e.kind}, ${e.fromStep}, ${e.toStep}, ${e.toTrack}, 'Test', 15)`);
    }
    for (const pl of facts.placements) {
      const wage = facts.shifts.find((s) => s.placementId === pl.id);
      await run(sql`INSERT INTO openings (id, programme_id, organisation_id, workplace_id, kind, title, min_age, hours_per_week, starts_on, ends_on, adult_staff_present, only_out_of_compulsory_school, status)
        VALUES (${u(`o:${pl.id}`)}, ${programmeId}, ${workplaceOrg.get(pl.workplaceId)!}, ${u(pl.workplaceId)}, ${pl.openingKind}, ${`Job ${pl.id}`}, 13, 5,
          ${pl.startsOn ?? '2025-01-01'}::date, ${pl.endsOn ?? '2025-12-31'}::date, true, ${pl.openingKind === 'apprenticeship'}, 'filled')`);
      await run(sql`INSERT INTO placements (id, programme_id, participant_id, opening_id, status, starts_on, ends_on, hours_per_week, wage_per_hour, wage_payer, activated_at, ended_on, end_reason, outcome)
        VALUES (${u(pl.id)}, ${programmeId}, ${u(pl.participantId)}, ${u(`o:${pl.id}`)}, ${pl.status}, ${pl.startsOn}::date, ${pl.endsOn}::date, ${pl.startsOn ? 5 : null},
          ${wage?.ratePerHour ?? null}, ${wage?.payer ?? null}, ${pl.activatedOn ? at(pl.activatedOn) : null}::timestamptz, ${pl.endedOn}::date, ${pl.endReason}, ${pl.outcome})`);
    }
    for (const s of facts.shifts) {
      await run(sql`INSERT INTO shifts (id, programme_id, placement_id, participant_id, work_date, start_time, end_time, break_minutes, status, recorded_as, approved_at, corrects_shift_id, reason)
        VALUES (${u(s.id)}, ${programmeId}, ${u(s.placementId)}, ${u(s.participantId)}, ${s.workDate}::date, '08:00', ${minutesToTime(s.minutes)}::time, 0, ${s.status}, 'employer',
          ${s.status === 'approved' ? at(s.workDate, '18:00') : null}::timestamptz, ${s.correctsShiftId ? u(s.correctsShiftId) : null}, ${s.correctsShiftId ? 'Rettelse' : null})`);
    }
    for (const a of facts.activities) {
      await run(sql`INSERT INTO activities (id, programme_id, kind, title, site_id, host_company_id, cancelled_at)
        VALUES (${u(a.id)}, ${programmeId}, ${a.kind}, ${`Aktivitet ${a.id}`}, ${a.siteId ? u(a.siteId) : null}, ${a.hostCompanyId ? u(a.hostCompanyId) : null}, ${a.cancelled ? at('2025-01-01') : null}::timestamptz)`);
    }
    for (const s of facts.sessions) {
      await run(
        sql`INSERT INTO activity_sessions (id, programme_id, activity_id, starts_at, ends_at) VALUES (${u(s.id)}, ${programmeId}, ${u(s.activityId)}, ${at(s.onDate, '16:00')}::timestamptz, ${at(s.onDate, '18:00')}::timestamptz)`,
      );
    }
    for (const a of facts.attendance) {
      await run(
        sql`INSERT INTO activity_attendance (programme_id, session_id, participant_id, present) VALUES (${programmeId}, ${u(a.sessionId)}, ${u(a.participantId)}, ${a.present})`,
      );
    }
    for (const c of facts.commitments) {
      await run(sql`INSERT INTO company_commitments (programme_id, company_id, description, opening_kind, target_count, period_from, period_to)
        VALUES (${programmeId}, ${u(c.companyId)}, 'Lommepengejob', 'pocket_money', 2, ${c.periodFrom}::date, ${c.periodTo}::date)`);
    }
    const firstPlacement = (participantId: string) => u(facts.placements.find((p) => p.participantId === participantId)!.id);
    for (const m of facts.mentorHours) {
      await run(sql`INSERT INTO mentor_hours (programme_id, placement_id, mentor_name, worked_on, hours, rate_per_hour, payer)
        VALUES (${programmeId}, ${firstPlacement(m.participantId)}, 'Mentor', ${m.workedOn}::date, ${m.hours}, ${m.ratePerHour}, ${m.payer})`);
    }
    for (const r of facts.support) {
      const raised = at(r.raisedOn);
      const status = r.resolvedOn ? 'resolved' : r.responseMinutes === null ? 'open' : 'acknowledged';
      await run(sql`INSERT INTO support_requests (programme_id, placement_id, raised_by, raised_as, category, severity, description, status, raised_at, due_at, first_response_at, resolved_at)
        VALUES (${programmeId}, ${firstPlacement(r.participantId)}, ${userId}, 'employer', 'other', 'normal', 'Test', ${status}, ${raised}::timestamptz,
          ${raised}::timestamptz + interval '1 hour' * ${r.withinTarget === false ? 1 : 4},
          ${r.responseMinutes === null ? null : raised}::timestamptz + interval '1 minute' * ${r.responseMinutes ?? 0},
          ${r.resolvedOn ? at(r.resolvedOn, '12:00') : null}::timestamptz)`);
    }
  });
  return id;
}
