import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../shared/domain/calendar/local-time.ts';
import { createTestApp, type TestApp, type TestClient } from '../test/support/app.ts';
import { activePlacement, addGuardian, mentor, ok, portalAccount, today, world, type World } from './modules/placements/fixtures.ts';

/**
 * Issue #17, finding 9: every response that names a person is audited. Calls every GET route of the
 * OpenAPI spec once as a coordinator, with a seeded participant whose names appear nowhere else, and
 * fails when a 2xx body names that person but no audit event was written during the request.
 */

const FIRST = 'Zyxwa';
const LAST = 'Qorvelund';

/** Routes whose path ids this test cannot fill, and why: their audits are covered by their own suites or not needed. */
const SKIPPED: Record<string, string> = {
  '/api/programmes/{programmeId}/match-rounds/{roundId}': 'a round is solved by a background job this test does not run',
  '/api/programmes/{programmeId}/evaluation/keys/{keyId}/dataset': 'keys are made by a platform admin; the dataset is pseudonymised',
};

let t: TestApp;
let w: World;
let ids: Record<string, string>;
/** Who else asks when the coordinator is refused: the employer contact, the mentor, the participant, a platform admin. */
let others: TestClient[];
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
  const mentoring = await mentor(t, w, { withUser: true });
  const { person, placement } = await activePlacement(w, {
    person: { firstName: FIRST, lastName: LAST },
    agreement: { mentorId: mentoring.record.id },
  });
  await addGuardian(w, person.id);
  const activity = await ok(
    w.c.post(`/api/programmes/${w.p}/activities`, {
      kind: 'professional_course',
      title: 'Fagligt forløb',
      description: 'Lager og logistik',
      place: 'Beboerhuset',
      siteId: w.env.site.id,
      hostCompanyId: null,
      capacity: null,
      sessions: [{ startsAt: `${addDays(today(), -2)}T15:00`, endsAt: `${addDays(today(), -2)}T17:00` }],
    }),
    201,
  );
  await ok(w.c.post(`/api/programmes/${w.p}/activities/${activity.id}/invitations`, { participantIds: [person.id] }));
  const request = await ok(
    w.contact.client.post(`/api/programmes/${w.p}/placements/${placement.id}/support-requests`, {
      category: 'attendance',
      severity: 'normal',
      description: 'Kommer for sent',
    }),
    201,
  );
  const set = await ok(w.c.post(`/api/programmes/${w.p}/social-return/parameter-sets`, { name: 'Standard' }), 201);
  const job = await ok(w.c.post(`/api/programmes/${w.p}/reports/funder`, period()), 202);
  const admin = await t.createUser({ platformAdmin: true });
  others = [
    w.contact.client,
    mentoring.user!.client,
    (await portalAccount(t, w.p, { participantId: person.id })).client,
    await t.loginAs(admin.id),
  ];
  ids = {
    programmeId: w.p,
    participantId: person.id,
    placementId: placement.id,
    openingId: w.opening.id,
    companyId: w.place.company.id,
    activityId: activity.id,
    sessionId: activity.sessions[0].id,
    requestId: request.id,
    setId: set.id,
    jobId: job.jobId,
    municipalityCode: '0259',
    code: '4600',
  };
}, 60_000);
afterAll(() => t.close());

function period() {
  return { from: addDays(today(), -365), to: addDays(today(), 30) };
}

/** Values for required query parameters, by name; optional ones are left out. */
function queryValue(name: string): string | undefined {
  const week = () => {
    const d = new Date(`${today()}T12:00:00Z`);
    const day = (d.getUTCDay() + 6) % 7;
    d.setUTCDate(d.getUTCDate() - day + 3);
    const jan4 = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
    const n = 1 + Math.round((d.getTime() - jan4.getTime()) / 86_400_000 / 7 - ((jan4.getUTCDay() + 6) % 7) / 7 + 3 / 7);
    return `${d.getUTCFullYear()}-W${String(Math.floor(n)).padStart(2, '0')}`;
  };
  const values: Record<string, () => string> = {
    ...Object.fromEntries(Object.entries(period()).map(([k, v]) => [k, () => v])),
    on: today,
    week,
    year: () => today().slice(0, 4),
    month: () => today().slice(0, 7),
    payer: () => 'company',
    figure: () => 'people_in_jobs',
    reason: () => 'Lønkørsel',
  };
  return values[name]?.();
}

interface Operation {
  parameters?: Array<{ in: string; name: string; required?: boolean }>;
}

async function auditCount() {
  const row = await t.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('reads that name a person are audited', () => {
  it('every GET route whose 2xx answer names the seeded participant writes an audit event', async () => {
    const spec = await ok(t.client().get('/api/openapi.json'));
    const unaudited: string[] = [];
    const named: string[] = [];
    const unfilled: string[] = [];
    for (const [path, ops] of Object.entries<{ get?: Operation }>(spec.paths)) {
      if (!ops.get || SKIPPED[path]) continue;
      const url = path.replace(/\{(\w+)\}/g, (m, name: string) => ids[name] ?? m);
      if (url.includes('{')) {
        unfilled.push(path);
        continue;
      }
      const query = new URLSearchParams();
      for (const p of ops.get.parameters ?? []) {
        const v = p.in === 'query' && (p.required || p.name === 'reason') ? queryValue(p.name) : undefined;
        if (v !== undefined) query.set(p.name, v);
      }
      const target = query.size > 0 ? `${url}?${query}` : url;
      const before = await auditCount();
      let res = await w.c.get(target);
      // Portal, employer and admin routes refuse a coordinator: ask the others in turn.
      for (const c of others) if (res.statusCode === 403) res = await c.get(target);
      if (res.statusCode < 200 || res.statusCode >= 300) continue;
      if (!res.body.includes(FIRST) && !res.body.includes(LAST)) continue;
      named.push(path);
      if ((await auditCount()) === before) unaudited.push(`GET ${path}`);
    }
    expect(unfilled, 'path ids this test cannot fill: add them to ids or SKIPPED').toEqual([]);
    expect(named.length, 'the seeded participant should be named by some routes').toBeGreaterThan(5);
    expect(unaudited).toEqual([]);
  }, 60_000);

  it('audits each download of the printed funder report', async () => {
    const jobId = String(ids.jobId);
    // The PDF is printed by a Chromium job; a finished job is written here instead.
    await sql`UPDATE jobs SET done_at = now(), result = ${JSON.stringify({ pdf: Buffer.from('%PDF-1.4').toString('base64') })}::jsonb
      WHERE id = ${jobId}::bigint`.execute(t.db);
    const res = await w.c.get(`/api/programmes/${w.p}/reports/funder/${jobId}/pdf`);
    expect(res.statusCode).toBe(200);
    const rows = await t.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id', 'programme_id'])
      .where('subject_type', '=', 'funder_report')
      .where('subject_id', '=', jobId)
      .where('action', '=', 'read')
      .execute();
    expect(rows).toEqual([{ action: 'read', subject_id: jobId, programme_id: w.p }]);
  });
});
