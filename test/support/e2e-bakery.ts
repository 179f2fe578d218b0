import { asSystem } from '../../db/tenant.ts';
import { today } from '../../server/lib/clock.ts';
import { openingBody, validCvr } from '../../server/modules/companies/fixtures.ts';
import { addDays } from '../../shared/domain/calendar/local-time.ts';
import { apiAs, seedProgramme, seedUser } from './e2e.ts';
import type { startTestServer } from './server.ts';

/**
 * Where most browser journeys start, set up through the API as a coordinator would: a programme with
 * one site in Køge, its coordinator Kim (with an API client acting as Kim), and the bakery "Bageriet
 * Ellemarken" with its shop as a workplace. Each journey adds its own opening and people.
 */
export async function seedBakery(server: Awaited<ReturnType<typeof startTestServer>>, programmeName: string) {
  const { programme, site } = await seedProgramme(server, programmeName);
  const p = programme.id;
  const kim = await seedUser(server, { name: 'Kim Koordinator', programmeId: p, role: 'coordinator' });
  const api = await apiAs(server, kim.id);
  const company = await api('POST', `/api/programmes/${p}/companies`, {
    cvr: validCvr(),
    name: 'Bageriet Ellemarken ApS',
    industry: 'Bageri',
  });
  const workplace = await api('POST', `/api/programmes/${p}/workplaces`, {
    organisationId: company.organisationId,
    name: 'Butikken',
    address: 'Torvet 1',
    postalCode: '4600',
  });
  return { p, site, kim, api, company, workplace };
}

/**
 * The shop's open after-school job the journeys place people in: 13–17, Wednesdays 15–17, one place,
 * starting in two weeks. Each journey overrides what it is about.
 */
export function shopOpening(workplaceId: string, overrides: Record<string, unknown> = {}) {
  return openingBody(workplaceId, {
    minAge: 13,
    hoursPerWeek: 2,
    weeklySchedule: [{ weekday: 3, start: '15:00', end: '17:00', breakMinutes: 0 }],
    places: 1,
    startsOn: addDays(today(), 14),
    flags: { lightWorkOnly: true },
    status: 'open',
    ...overrides,
  });
}

/**
 * Mona Jensen, the person's mother, registered as their guardian and linked to a portal login, as
 * redeeming the coordinator's code would link her. Returns the login for the browser.
 */
export async function motherWithLogin(
  server: Awaited<ReturnType<typeof startTestServer>>,
  api: Awaited<ReturnType<typeof apiAs>>,
  p: string,
  participantId: string,
) {
  const mona = await api('POST', `/api/programmes/${p}/participants/${participantId}/guardians`, {
    name: 'Mona Jensen',
    relation: 'mother',
    phone: '+45 11 22 33 44',
  });
  const monaUser = await seedUser(server, { name: 'Mona Jensen', programmeId: p, role: 'guardian' });
  await asSystem(server.db, (trx) => trx.updateTable('guardians').set({ user_id: monaUser.id }).where('id', '=', mona.id).execute());
  return monaUser;
}

/**
 * A placement taken through interview and offer to 'agreed' on the given agreement, as the coordinator
 * would. `move` takes it further (each step needs the latest version, which it keeps).
 */
export async function agreedPlacement(
  api: Awaited<ReturnType<typeof apiAs>>,
  p: string,
  participantId: string,
  openingId: string,
  agreement: Record<string, unknown>,
) {
  let pl = await api('POST', `/api/programmes/${p}/placements`, { participantId, openingId, matchReasons: [] });
  const move = async (body: Record<string, unknown>) =>
    (pl = await api('POST', `/api/programmes/${p}/placements/${pl.id}/transitions`, { version: pl.version, ...body }));
  await move({ to: 'interview' });
  await move({ to: 'offered' });
  await move({ to: 'agreed', agreement });
  return { id: pl.id as string, move };
}

/** Eva, the employer's contact person: the login the employer's side of a journey uses. */
export function seedEva(server: Awaited<ReturnType<typeof startTestServer>>, programmeId: string, organisationId: string) {
  return seedUser(server, { name: 'Eva Arbejdsgiver', programmeId, role: 'employer_contact', organisationId });
}
