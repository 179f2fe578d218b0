import { expect } from 'vitest';
import { cvrWeightedSum } from '../../../shared/domain/identifiers/cvr.ts';
import type { TestApp, TestClient } from '../../../test/support/app.ts';

/** Test fixtures for the employer suites (companies and openings; not a test file itself). */

let cvrSeed = 3_141_592;

/**
 * A fresh CVR number that passes modulus 11, built from the rule itself: the last weight is 1, so
 * the check digit is whatever makes the weighted sum divisible by 11 (seeds needing a "10" are skipped).
 */
export function validCvr(): string {
  for (;;) {
    const first7 = String(cvrSeed++);
    const check = (11 - (cvrWeightedSum(`${first7}0`) % 11)) % 11;
    if (check < 10) return `${first7}${check}`;
  }
}

/** The same number with its check digit broken (still eight digits, so only the checksum fails). */
export function brokenCvr(cvr: string): string {
  return `${cvr.slice(0, 7)}${(Number(cvr[7]) + 1) % 10}`;
}

/** Issue codes by dotted path, for compact assertions on 400 answers. */
export function issues(res: { json(): any }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of res.json().error?.details?.issues ?? []) out[i.path.join('.')] = i.code;
  return out;
}

/** TestClient has no PATCH/DELETE shorthands; these keep the tests' request lines short. */
export function patch(c: TestClient, url: string, body: unknown) {
  return c.request('PATCH', url, body);
}

export function del(c: TestClient, url: string) {
  return c.request('DELETE', url);
}

/** Sends the request and insists on the status, so a failing fixture says why. */
export async function ok(resPromise: ReturnType<TestClient['request']>, status = 200) {
  const res = await resPromise;
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

/** The staff API paths the suites use, so a moved endpoint is one edit. */
export const api = {
  companies: (p: string) => `/api/programmes/${p}/companies`,
  company: (p: string, c: string) => `/api/programmes/${p}/companies/${c}`,
  workplaces: (p: string) => `/api/programmes/${p}/workplaces`,
  mentors: (p: string) => `/api/programmes/${p}/mentors`,
  openings: (p: string) => `/api/programmes/${p}/openings`,
  opening: (p: string, o: string) => `/api/programmes/${p}/openings/${o}`,
};

/** A programme with a logged-in coordinator. */
export async function programmeWithCoordinator(t: TestApp, name?: string) {
  const p = await t.createProgramme(name);
  const coordinator = await t.member(p.id, 'coordinator', { name: 'Kim Koordinator' });
  return { p, coordinator, c: coordinator.client };
}

/** Registers a company with a fresh valid CVR number (overrides win). */
export async function createCompany(c: TestClient, programmeId: string, overrides: Record<string, unknown> = {}) {
  return ok(
    c.post(api.companies(programmeId), { cvr: validCvr(), name: 'Bageriet Ellemarken ApS', industry: 'Bageri', ...overrides }),
    201,
  );
}

/** Adds a workplace in Køge to the organisation (overrides win). */
export async function createWorkplace(c: TestClient, programmeId: string, organisationId: string, overrides: Record<string, unknown> = {}) {
  return ok(
    c.post(api.workplaces(programmeId), { organisationId, name: 'Butikken', address: 'Torvet 1', postalCode: '4600', ...overrides }),
    201,
  );
}

/** A company with one workplace in Køge, registered by the coordinator. */
export async function companyWithWorkplace(c: TestClient, programmeId: string, name = 'Bageriet Ellemarken ApS') {
  const company = await createCompany(c, programmeId, { name });
  const workplace = await createWorkplace(c, programmeId, company.organisationId);
  return { company, workplace };
}

/**
 * An employer contact of the organisation, logged in. `t.member` links no organisation, and a
 * contact is exactly a membership with role employer_contact and the company's organisation_id.
 */
export async function employerContact(t: TestApp, programmeId: string, organisationId: string, name = 'Eva Arbejdsgiver') {
  const user = await t.createUser({ name });
  await t.db
    .insertInto('memberships')
    .values({ user_id: user.id, programme_id: programmeId, role: 'employer_contact', organisation_id: organisationId })
    .execute();
  return { ...user, client: await t.loginAs(user.id) };
}

/** A legal step-3 opening for 15-year-olds: light, daytime, short, with an adult present. */
export function openingBody(workplaceId: string, overrides: Record<string, unknown> = {}) {
  return {
    workplaceId,
    kind: 'private_leisure',
    title: 'Butiksassistent',
    tasks: 'Fylde varer op og hjælpe kunder',
    taskTags: ['retail'],
    minAge: 15,
    maxAge: 17,
    hoursPerWeek: 6,
    weeklySchedule: [
      { weekday: 2, start: '15:00', end: '17:00', breakMinutes: 0 },
      { weekday: 6, start: '10:00', end: '14:00', breakMinutes: 0 },
    ],
    places: 2,
    startsOn: '2026-09-01',
    wagePerHour: 65,
    wagePayer: 'company',
    adultStaffPresent: true,
    ...overrides,
  };
}

/** Mails enqueued so far, after running the job queue once. */
export async function mailsTo(t: TestApp, address: string) {
  await t.drainJobs();
  return t.smtp.received.filter((m) => m.to.includes(address.toLowerCase()));
}
