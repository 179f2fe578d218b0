import { expect } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import type { TestApp, TestClient } from '../../../test/support/app.ts';
import { api, companyWithWorkplace, employerContact, ok, openingBody } from '../companies/fixtures.ts';
import { createParticipant, programmeWithCoordinator, youth, yearsAgo } from '../participants/fixtures.ts';
import { today } from '../../lib/clock.ts';

/** Test fixtures for the placement and support-request suites (not a test file itself). */

export { ok, today, yearsAgo, youth, createParticipant };

export const START = () => addDays(today(), 14);
export const AFTER_SCHOOL = [
  { weekday: 2, start: '15:00', end: '17:00', breakMinutes: 0 },
  { weekday: 6, start: '10:00', end: '14:00', breakMinutes: 0 },
];

export const urls = {
  placements: (p: string) => `/api/programmes/${p}/placements`,
  placement: (p: string, id: string) => `/api/programmes/${p}/placements/${id}`,
  transition: (p: string, id: string) => `/api/programmes/${p}/placements/${id}/transitions`,
  answer: (p: string, id: string) => `/api/programmes/${p}/placements/${id}/answer`,
  undoDecline: (p: string, id: string) => `/api/programmes/${p}/placements/${id}/undo-decline`,
};

/**
 * A programme (Jobplaneten Køge) with a site and coordinator, a bakery with a workplace, an open
 * step-3 opening for 13–17-year-olds (light work, after school), and the bakery's employer contact.
 */
export async function world(t: TestApp, name = 'Jobplaneten Køge') {
  const env = await programmeWithCoordinator(t, name);
  const place = await companyWithWorkplace(env.c, env.p.id, 'Bageriet Ellemarken ApS');
  const contact = await employerContact(t, env.p.id, place.company.organisationId, 'Eva Arbejdsgiver');
  const opening = await openOpening(env.c, env.p.id, place.workplace.id);
  return { env, p: env.p.id, c: env.c, place, contact, opening };
}
export type World = Awaited<ReturnType<typeof world>>;

/**
 * An open opening. It offers many places by default, so a suite can agree many placements in it
 * before it fills (an opening fills itself when agreed and running placements take every place).
 */
export async function openOpening(c: TestClient, programmeId: string, workplaceId: string, overrides: Record<string, unknown> = {}) {
  return ok(
    c.post(
      api.openings(programmeId),
      openingBody(workplaceId, {
        title: 'Butiksassistent',
        minAge: 13,
        maxAge: 17,
        startsOn: START(),
        status: 'open',
        flags: { lightWorkOnly: true },
        places: 50,
        ...overrides,
      }),
    ),
    201,
  );
}

/** A youth (14 by default, in compulsory school) in the world's programme. */
export async function person(w: World, overrides: Record<string, unknown> = {}) {
  return createParticipant(w.c, w.p, { ...youth(w.env.site.id, overrides), confirmNotDuplicate: true });
}

export async function propose(
  w: World,
  participantId: string,
  openingId = w.opening.id,
  matchReasons: unknown[] = [{ code: 'interest', value: 'retail' }],
) {
  return ok(w.c.post(urls.placements(w.p), { participantId, openingId, matchReasons }), 201);
}

/** Links a portal account with the participant or guardian role, as redeeming a portal code does. */
export async function portalAccount(
  t: TestApp,
  programmeId: string,
  link: { participantId: string } | { guardianId: string },
  name = 'Portal Bruger',
) {
  const user = await t.createUser({ name });
  await t.db
    .insertInto('memberships')
    .values({
      user_id: user.id,
      programme_id: programmeId,
      role: 'participantId' in link ? 'participant' : 'guardian',
      organisation_id: null,
    })
    .execute();
  if ('participantId' in link)
    await t.db.updateTable('participants').set({ user_id: user.id }).where('id', '=', link.participantId).execute();
  else await t.db.updateTable('guardians').set({ user_id: user.id }).where('id', '=', link.guardianId).execute();
  return { ...user, client: await t.loginAs(user.id) };
}

export async function addGuardian(w: World, participantId: string) {
  return ok(
    w.c.post(`/api/programmes/${w.p}/participants/${participantId}/guardians`, {
      name: 'Mona Hansen',
      relation: 'mother',
      phone: '+45 11 22 33 44',
    }),
    201,
  );
}

/** Moves a placement with the given client and insists on 200; returns the placement. */
export async function move(c: TestClient, w: World, placement: { id: string; version: number }, body: Record<string, unknown>) {
  const res = await c.post(urls.transition(w.p, placement.id), { version: placement.version, ...body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export function agreement(overrides: Record<string, unknown> = {}) {
  return { startsOn: START(), hoursPerWeek: 6, weeklySchedule: AFTER_SCHOOL, wagePerHour: 65, wagePayer: 'company', ...overrides };
}

/** A mentor record at the bakery, optionally with a portal account (mentor role). */
export async function mentor(t: TestApp, w: World, opts: { withUser?: boolean; name?: string; ratePerHour?: number; payer?: string } = {}) {
  let user: Awaited<ReturnType<TestApp['member']>> | null = null;
  if (opts.withUser) user = await t.member(w.p, 'mentor', { name: opts.name ?? 'Mads Mentor' });
  const record = await ok(
    w.c.post(api.mentors(w.p), {
      organisationId: w.place.company.organisationId,
      userId: user?.id ?? null,
      name: opts.name ?? 'Mads Mentor',
      hoursPerWeek: 2,
      ratePerHour: opts.ratePerHour ?? 250,
      payer: opts.payer ?? 'project_funds',
    }),
    201,
  );
  return { record, user };
}

/**
 * A placement taken to `agreed` by the coordinator (who may do every step), for a 16-year-old out
 * of school unless overridden, so no guardian clearance is needed.
 */
export async function agreedPlacement(w: World, opts: { person?: Record<string, unknown>; agreement?: Record<string, unknown> } = {}) {
  const p = await person(w, { birthDate: yearsAgo(16), compulsorySchool: false, ...opts.person });
  return { person: p, placement: await agree(w, p.id, opts.agreement) };
}

/** Proposes the person for the world's opening and takes the placement to `agreed` as the coordinator. */
async function agree(w: World, participantId: string, agreementOverrides?: Record<string, unknown>) {
  let pl = await propose(w, participantId);
  pl = await move(w.c, w, pl, { to: 'interview' });
  pl = await move(w.c, w, pl, { to: 'offered' });
  return move(w.c, w, pl, { to: 'agreed', agreement: agreement(agreementOverrides) });
}

/**
 * An active placement for a youth in compulsory school starting on `startsOn`: a guardian co-signed
 * the notice for this job first, as activation demands of a pupil.
 */
export async function clearedYouthPlacement(w: World, participantId: string, startsOn: string) {
  const pl = await agree(w, participantId, { startsOn });
  await guardianNotice(w, participantId, { placementId: pl.id, informedOn: today(), cosignedOn: today() });
  return move(w.c, w, pl, { to: 'active' });
}

/**
 * A notice to a new guardian of the person about an after-school job (what, when, risks, precautions),
 * informed ten days ago and not co-signed unless the overrides say so.
 */
export async function guardianNotice(w: World, participantId: string, overrides: Record<string, unknown> = {}) {
  const guardian = await addGuardian(w, participantId);
  return ok(
    w.c.post(`/api/programmes/${w.p}/participants/${participantId}/guardian-notices`, {
      guardianId: guardian.id,
      jobDescription: 'Butiksassistent',
      hours: 'Efter skole',
      risks: 'Ingen særlige',
      precautions: 'Voksen til stede',
      informedOn: addDays(today(), -10),
      ...overrides,
    }),
    201,
  );
}

/** The one next step ("Skriv CV", due in a week, owned by the coordinator) of a new follow-up talk with the person. */
export async function nextStep(w: World, participantId: string) {
  const talk = await ok(
    w.c.post(`/api/programmes/${w.p}/participants/${participantId}/talks`, {
      heldOn: today(),
      kind: 'follow_up',
      summary: 'Opfølgning',
      visibility: 'job_centre',
      nextSteps: [{ description: 'Skriv CV', dueOn: addDays(today(), 7), ownerUserId: w.env.coordinator.id }],
    }),
    201,
  );
  return talk.nextSteps[0];
}

/** A running placement; it starts today unless the agreement says an earlier day (it cannot start before its agreed start). */
export async function activePlacement(w: World, opts: Parameters<typeof agreedPlacement>[1] = {}) {
  const { person: p, placement } = await agreedPlacement(w, { ...opts, agreement: { startsOn: today(), ...opts.agreement } });
  return { person: p, placement: await move(w.c, w, placement, { to: 'active' }) };
}
