import fc from 'fast-check';
import { addDays, mondayOf } from '../../../shared/domain/calendar/local-time.ts';
import {
  activePlacement,
  addGuardian,
  AFTER_SCHOOL,
  mentor,
  ok,
  person,
  portalAccount,
  today,
  world,
} from '../../../server/modules/placements/fixtures.ts';
import { createCompany, employerContact, validCvr } from '../../../server/modules/companies/fixtures.ts';
import type { Hints } from './spec-schema.ts';
import type { TestApp, TestClient } from '../../support/app.ts';

/**
 * The victim's world for the attack suite: one programme filled through the API with one row of
 * (nearly) every kind a path id can name, each carrying a marker string that appears nowhere else,
 * so a response that holds a marker holds the victim's data. Ids the API does not return are read
 * from the victim programme's rows in the database, so a new table needs a line in `ID_TABLES`,
 * not a new test.
 */

/** Personal markers: the victim participant's and guardian's names and numbers, and free text about them. */
export const PERSON_MARKERS = {
  firstName: 'Zorvathia',
  lastName: 'Quillbeckstrup',
  phone: '+45 71 23 45 99',
  guardianName: 'Ulvhild Marqvardsen',
  guardianPhone: '+45 61 98 76 54',
  talk: 'Samtale om Xylofonvej',
  supportRequest: 'Kommer for sent Vrindelmose',
  mentorNote: 'Mentornote Glimmerdal',
} as const;

/** Tenant markers: things of the victim programme that name no person but belong to no other tenant. */
export const TENANT_MARKERS = {
  company: 'Bageriet Pindsvinekrog ApS',
  companyNote: 'Partnernote Trolleborgvej',
  activity: 'Kursus Hvidkløver',
  weightSet: 'vægte-skovmærke',
  sroiSet: 'Sroi Valmuemark',
  evaluationKey: 'Nøgle Perlehøne',
} as const;

/** Path parameters whose value is a row id, and the table the row lives in (all carry programme_id). */
const ID_TABLES: Record<string, string> = {
  participantId: 'participants',
  guardianId: 'guardians',
  noticeId: 'guardian_job_notices',
  consentId: 'consents',
  talkId: 'talks',
  nextStepId: 'next_steps',
  companyId: 'companies',
  commitmentId: 'company_commitments',
  noteId: 'company_notes',
  workplaceId: 'workplaces',
  mentorId: 'mentors',
  openingId: 'openings',
  placementId: 'placements',
  followUpId: 'placement_follow_ups',
  requestId: 'support_requests',
  adjustmentId: 'match_adjustments',
  roundId: 'match_rounds',
  shiftId: 'shifts',
  activityId: 'activities',
  sessionId: 'activity_sessions',
  setId: 'sroi_parameter_sets',
  keyId: 'evaluation_keys',
};

export type Ids = Record<string, string>;

/** A logged-in caller of the attack suite, named for the report. */
export interface Caller {
  label: string;
  client: TestClient;
}

export async function victimWorld(t: TestApp) {
  const w = await world(t, 'Jobplaneten Offer');
  const admin = await t.member(w.p, 'administrator', { name: 'Alma Administrator' });
  const mentoring = await mentor(t, w, { withUser: true, name: 'Mads Mentorsen' });
  const startsOn = addDays(today(), -60);
  const { person: victim, placement } = await activePlacement(w, {
    person: { firstName: PERSON_MARKERS.firstName, lastName: PERSON_MARKERS.lastName, phone: PERSON_MARKERS.phone },
    agreement: { mentorId: mentoring.record.id, startsOn },
  });
  const base = `/api/programmes/${w.p}/participants/${victim.id}`;
  const guardian = await ok(
    w.c.post(`${base}/guardians`, { name: PERSON_MARKERS.guardianName, relation: 'mother', phone: PERSON_MARKERS.guardianPhone }),
    201,
  );
  await ok(
    w.c.post(`${base}/guardian-notices`, {
      guardianId: guardian.id,
      jobDescription: 'Hjælper i kantinen',
      hours: 'Onsdag 14–16',
      risks: 'Varme gryder',
      precautions: 'Ingen friture',
      informedOn: today(),
    }),
    201,
  );
  await ok(
    w.c.post(`${base}/consents`, {
      purpose: 'share_employer',
      allPartners: true,
      dataCategories: ['contact', 'profile'],
      givenOn: today(),
      givenBy: 'participant',
      method: 'paper',
    }),
    201,
  );
  const talk = await ok(w.c.post(`${base}/talks`, { heldOn: today(), kind: 'follow_up', summary: PERSON_MARKERS.talk }), 201);
  await ok(
    w.c.post(`${base}/talks/${talk.id}/next-steps`, { description: 'Ring til skolen', dueOn: today(), ownerUserId: w.env.coordinator.id }),
    201,
  );
  await ok(
    w.c.post(`${base}/rule-exceptions`, { rule: 'weekly-hours', appliesOn: today(), reason: 'Prøve', legalBasis: 'BEK (testgrundlag)' }),
    201,
  );
  const company = `/api/programmes/${w.p}/companies/${w.place.company.id}`;
  await ok(w.c.request('PATCH', company, { name: TENANT_MARKERS.company }));
  await ok(w.c.post(`${company}/notes`, { text: TENANT_MARKERS.companyNote }), 201);
  await ok(
    w.c.post(`${company}/commitments`, {
      description: '2 fritidsjob om året',
      openingKind: 'private_leisure',
      targetCount: 2,
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
    }),
    201,
  );
  const placementUrl = `/api/programmes/${w.p}/placements/${placement.id}`;
  await ok(mentoring.user!.client.post(`${placementUrl}/mentor-hours`, { workedOn: today(), hours: 2, note: PERSON_MARKERS.mentorNote }));
  await ok(
    w.contact.client.post(`${placementUrl}/support-requests`, {
      category: 'attendance',
      severity: 'normal',
      description: PERSON_MARKERS.supportRequest,
    }),
    201,
  );
  const monday = addDays(mondayOf(today()), -14);
  await ok(w.contact.client.post(`${placementUrl}/shifts`, { workDate: addDays(monday, 1), startTime: '15:00', endTime: '17:00' }), 201);
  await ok(
    w.c.post(`/api/programmes/${w.p}/match-adjustments`, {
      openingId: w.opening.id,
      participantId: victim.id,
      kind: 'pin',
      reason: 'Kender ejeren',
    }),
    201,
  );
  await ok(
    w.c.post(`/api/programmes/${w.p}/match-weight-sets`, {
      name: TENANT_MARKERS.weightSet,
      weights: { interests: 1, skills: 1, language: 1, distance: 1, schedule: 1, employerPreferences: 1 },
      congestion: 0.3,
    }),
    201,
  );
  await ok(w.c.post(`/api/programmes/${w.p}/match-rounds`, { mode: 'optimal', allOpenOpenings: true }), 202);
  const activity = await ok(
    w.c.post(`/api/programmes/${w.p}/activities`, {
      kind: 'professional_course',
      title: TENANT_MARKERS.activity,
      description: 'Lager og logistik',
      place: 'Beboerhuset',
      siteId: w.env.site.id,
      hostCompanyId: null,
      capacity: null,
      sessions: [{ startsAt: `${addDays(today(), -2)}T15:00`, endsAt: `${addDays(today(), -2)}T17:00` }],
    }),
    201,
  );
  await ok(w.c.post(`/api/programmes/${w.p}/activities/${activity.id}/invitations`, { participantIds: [victim.id] }));
  await ok(w.c.post(`/api/programmes/${w.p}/social-return/parameter-sets`, { name: TENANT_MARKERS.sroiSet }), 201);
  await ok(admin.client.post(`/api/programmes/${w.p}/evaluation/keys`, { name: TENANT_MARKERS.evaluationKey }), 201);
  const report = await ok(w.c.post(`/api/programmes/${w.p}/reports/funder`, { from: addDays(today(), -365), to: today() }), 202);

  const ids: Ids = {
    programmeId: w.p,
    userId: w.contact.id,
    jobId: String(report.jobId),
    week: isoWeek(monday),
    municipalityCode: '0259',
    day: addDays(today(), 7),
    code: '4600',
  };
  for (const [param, table] of Object.entries(ID_TABLES)) {
    const row = await t.db
      .selectFrom(table as 'participants')
      .select('id')
      .where('programme_id', '=', w.p)
      .orderBy('id')
      .executeTakeFirst();
    if (row) ids[param] = String(row.id);
  }
  ids.siteId = w.env.site.id;
  ids.participantId = victim.id;
  ids.placementId = placement.id;
  ids.companyId = w.place.company.id;
  ids.openingId = w.opening.id;
  ids.activityId = activity.id;
  ids.sessionId = activity.sessions[0].id;
  return { w, admin, mentoring, victim, placement, ids };
}
export type VictimWorld = Awaited<ReturnType<typeof victimWorld>>;

/**
 * Everyone who must not see the victim: an administrator of another programme (the strongest
 * stranger) and, inside the victim's programme, each role below coordinator with no tie to the
 * victim: a caseworker without a consent, a contact of another company, a mentor of nobody,
 * another participant and another person's guardian, an evaluator and a funder.
 */
export async function attackers(
  t: TestApp,
  v: VictimWorld,
): Promise<{ strangers: Caller[]; lower: Caller[]; strangerProgrammeId: string }> {
  const other = await world(t, 'Jobplaneten Fremmed');
  const otherAdmin = await t.member(other.p, 'administrator', { name: 'Fremmed Administrator' });
  const p = v.w.p;
  const rival = await createCompany(v.w.c, p, { name: 'Konkurrenten ApS' });
  const rivalContact = await employerContact(t, p, rival.organisationId, 'Rikke Rival');
  const bystander = await person(v.w, { firstName: 'Bo', lastName: 'Bystander' });
  const bystanderGuardian = await addGuardian(v.w, bystander.id);
  const caller = async (label: string, role: Parameters<TestApp['member']>[1]) => ({ label, client: (await t.member(p, role)).client });
  return {
    strangerProgrammeId: other.p,
    strangers: [
      { label: 'administrator of another programme', client: otherAdmin.client },
      { label: 'employer contact in another programme', client: other.contact.client },
    ],
    lower: [
      await caller('caseworker without consent', 'caseworker'),
      { label: 'contact of another company', client: rivalContact.client },
      await caller('mentor of nobody', 'mentor'),
      { label: 'another participant', client: (await portalAccount(t, p, { participantId: bystander.id })).client },
      { label: "another person's guardian", client: (await portalAccount(t, p, { guardianId: bystanderGuardian.id })).client },
      await caller('evaluator', 'evaluator'),
      await caller('funder', 'funder'),
    ],
  };
}

/**
 * Plausible values by property name, so a generated request passes the refinements JSON Schema
 * cannot express (periods in order, checksummed CVR, e-mail syntax) and reaches the access check.
 * Ids are the victim's: an attacker's request names the victim's rows.
 */
export function plausible(ids: Ids): Hints {
  const byName: Record<string, () => unknown> = {
    from: () => addDays(today(), -300),
    periodFrom: () => '2026-01-01',
    to: () => today(),
    periodTo: () => '2026-12-31',
    month: () => today().slice(0, 7),
    email: () => 'attack@example.test',
    cpr: () => undefined,
    cvr: () => validCvr(),
    minAge: () => 15,
    maxAge: () => 17,
    ladderStep: () => null,
    followUpSchedule: () => ['1m'],
    includeCancelled: () => 'true',
    weeklySchedule: () => AFTER_SCHOOL,
    sessions: () => [{ startsAt: `${addDays(today(), 7)}T15:00`, endsAt: `${addDays(today(), 7)}T17:00` }],
  };
  return (name, schema) => {
    if (byName[name] && !schema.enum && !schema.anyOf && !schema.oneOf) return fc.constant(null).map(() => byName[name]!());
    const id = ids[name] ?? ids[name.replace(/s$/, '')];
    if (id === undefined) return undefined;
    return fc.constant(schema.type === 'array' ? [id] : id);
  };
}

/** The ISO week (`2026-W07`) a date falls in. */
export function isoWeek(date: string): string {
  const thursday = new Date(`${date}T12:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() - ((thursday.getUTCDay() + 6) % 7) + 3);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
