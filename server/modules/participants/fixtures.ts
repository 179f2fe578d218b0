import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { addMonths } from '../../../shared/domain/participants/dates.ts';
import type { TestApp, TestClient } from '../../../test/support/app.ts';
import { today } from '../../lib/clock.ts';

/** Test fixtures for the participant suites (not a test file itself). */

export const daysAgo = (n: number) => addDays(today(), -n);
/** The date `years` years and `days` days before today. */
export const yearsAgo = (years: number, days = 0) => addDays(addMonths(today(), -12 * years), -days);

/** The simplest valid consent body: photos, all partners, given verbally by the person on `givenOn`. */
export const photoConsent = (givenOn = today()) => ({
  purpose: 'photos',
  allPartners: true,
  dataCategories: ['profile'],
  givenOn,
  givenBy: 'participant',
  method: 'verbal',
});

/** A programme with one site and a logged-in coordinator. */
export async function programmeWithCoordinator(t: TestApp, name?: string) {
  const p = await t.createProgramme(name);
  const coordinator = await t.member(p.id, 'coordinator', { name: 'Kim Koordinator' });
  const site = (
    await coordinator.client.post(`/api/programmes/${p.id}/sites`, { name: 'Ellemarken', address: 'Ellemarksvej 1', postalCode: '4600' })
  ).json();
  return { p, site, coordinator, c: coordinator.client };
}

export function youth(siteId: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'youth',
    firstName: 'Amira',
    lastName: 'Hansen',
    birthDate: yearsAgo(14, 30),
    siteId,
    compulsorySchool: true,
    compulsorySchoolEndsOn: addMonths(today(), 18),
    phone: '+45 12 34 56 78',
    interests: ['retail', 'kitchen'],
    availability: ['mon-pm', 'wed-pm', 'sat-am'],
    travelKm: 5,
    travelModes: ['bike', 'public_transport'],
    ...overrides,
  };
}

export function adult(siteId: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'adult',
    firstName: 'Jonas',
    lastName: 'Sørensen',
    birthDate: yearsAgo(34, 100),
    siteId,
    email: 'jonas@example.test',
    track: 'few_hours_job',
    benefitType: 'cash_benefit',
    maxWeeklyHours: 15,
    flexJobApproved: false,
    interests: ['caretaking'],
    ...overrides,
  };
}

export async function createParticipant(c: TestClient, programmeId: string, body: Record<string, unknown>) {
  const res = await c.post(`/api/programmes/${programmeId}/participants`, body);
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Issue codes by dotted path, for compact assertions on 400 answers. */
export function issues(res: { json(): any }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of res.json().error?.details?.issues ?? []) out[i.path.join('.')] = i.code;
  return out;
}

/** Audit events about a person (as the database has them). */
export async function auditAbout(t: TestApp, personId: string) {
  return t.db
    .selectFrom('audit_events')
    .select(['action', 'subject_type', 'actor_role', 'details'])
    .where('subject_person_id', '=', personId)
    .orderBy('id')
    .execute();
}
