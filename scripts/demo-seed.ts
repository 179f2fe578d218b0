import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { asSystem } from '../db/tenant.ts';
import type { Config } from '../server/config.ts';
import { sessionCookieName } from '../server/http/session-cookie.ts';
import { hashToken, newToken, type SecretBox } from '../server/lib/crypto.ts';
import { copenhagenToday } from '../server/lib/today.ts';
import { hashPassword } from '../server/modules/auth/passwords.ts';
import type { Role } from '../shared/domain/access/roles.ts';
import { addDays } from '../shared/domain/calendar/local-time.ts';
import { addMonths } from '../shared/domain/participants/dates.ts';
import { demoAdults, demoYouth, KOGE_COMPANIES, VIBORG_COMPANIES, type DemoCompany } from './demo-data.ts';
import { seedDemoActivities } from './demo-activities.ts';
import { seedOutcomeHistory } from './demo-outcomes.ts';

/**
 * A clearly fictional dataset modelled on the seeds: Jobplaneten in Køge (youth ladder) and Jobløft
 * in Viborg (adult residents and supplier companies), with one login per role. Every name is made
 * up; the README lists the logins. Runs once, on an empty database.
 */
export const DEMO_PASSWORD = 'demo-jobbro-2026';
/** Shared by the demo's administrator and coordinators so anyone can add it to an authenticator. */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const KOGE = 'Jobplaneten Køge (demo)';
const VIBORG = 'Jobløft Viborg (demo)';

const USERS: Array<{ email: string; name: string; platformAdmin?: boolean; roles: Array<[string, Role]> }> = [
  {
    email: 'admin@demo.jobbro.dk',
    name: 'Alma Administrator',
    platformAdmin: true,
    roles: [
      [KOGE, 'administrator'],
      [VIBORG, 'administrator'],
    ],
  },
  { email: 'koordinator.koge@demo.jobbro.dk', name: 'Karim Koordinator', roles: [[KOGE, 'coordinator']] },
  { email: 'koordinator.viborg@demo.jobbro.dk', name: 'Vibeke Koordinator', roles: [[VIBORG, 'coordinator']] },
  { email: 'sagsbehandler@demo.jobbro.dk', name: 'Søren Sagsbehandler', roles: [[VIBORG, 'caseworker']] },
  {
    email: 'arbejdsgiver@demo.jobbro.dk',
    name: 'Anne Arbejdsgiver',
    roles: [
      [KOGE, 'employer_contact'],
      [VIBORG, 'employer_contact'],
    ],
  },
  { email: 'mentor@demo.jobbro.dk', name: 'Mads Mentor', roles: [[KOGE, 'mentor']] },
  { email: 'deltager@demo.jobbro.dk', name: 'Dina Deltager', roles: [[KOGE, 'participant']] },
  { email: 'foraelder@demo.jobbro.dk', name: 'Frida Forælder', roles: [[KOGE, 'guardian']] },
  {
    email: 'evaluator@demo.jobbro.dk',
    name: 'Emil Evaluator',
    roles: [
      [KOGE, 'evaluator'],
      [VIBORG, 'evaluator'],
    ],
  },
  {
    email: 'bevilling@demo.jobbro.dk',
    name: 'Bente Bevillingsgiver',
    roles: [
      [KOGE, 'funder'],
      [VIBORG, 'funder'],
    ],
  },
];

export interface DemoContext {
  db: Kysely<DB>;
  secrets: SecretBox;
  app: FastifyInstance;
  config: Config;
}

export async function seedDemo({ db, secrets, app, config }: DemoContext): Promise<string[]> {
  const lines = [
    'Demo data: every login below uses the password ' + DEMO_PASSWORD,
    `Administrator and coordinators use TOTP with the secret ${DEMO_TOTP_SECRET} (npm run totp prints the current code).`,
    ...USERS.map((u) => `  ${u.email.padEnd(36)} ${u.roles.map(([p, r]) => `${r} in ${p}`).join(', ')}`),
  ];
  const seeded = await asSystem(db, async (trx) => !!(await trx.selectFrom('users').select('id').limit(1).executeTakeFirst()));
  if (seeded) return lines;

  const { programmes, users, partners } = await seedIdentity(db, secrets);
  const api = await adminApi(db, app, config, users.get('admin@demo.jobbro.dk')!);
  try {
    const koge = programmes.get(KOGE)!;
    const viborg = programmes.get(VIBORG)!;
    await seedKoge(api, db, koge, partners.get(KOGE)!, users);
    await seedViborg(api, db, viborg, partners.get(VIBORG)!, users);
    await seedDemoActivities(api, { koge, viborg }, copenhagenToday());
    // A year of placements, hours and endings behind the outcome dashboard and the funder report.
    await seedOutcomeHistory(db, koge, copenhagenToday(), { skipFirst: 4, raisedBy: users.get('koordinator.koge@demo.jobbro.dk')! });
    await seedOutcomeHistory(db, viborg, copenhagenToday(), { skipFirst: 2, raisedBy: users.get('koordinator.viborg@demo.jobbro.dk')! });
    const year = copenhagenToday().slice(0, 4);
    await api.put(`/api/programmes/${koge}/outcomes/targets`, {
      periodFrom: `${year}-01-01`,
      periodTo: `${year}-12-31`,
      targets: [
        { key: 'attached', value: 120 },
        { key: 'people_in_jobs', value: 60 },
        { key: 'people_in_internships', value: 60 },
        { key: 'companies_engaged', value: 60 },
      ],
    });
    // Jobløft's own targets from its description: 120 residents, 60 in jobs, 60 in internships or
    // apprenticeships, 60 companies.
    await api.put(`/api/programmes/${viborg}/outcomes/targets`, {
      periodFrom: `${year}-01-01`,
      periodTo: `${year}-12-31`,
      targets: [
        { key: 'attached', value: 120 },
        { key: 'people_in_jobs', value: 60 },
        { key: 'people_in_internships', value: 60 },
        { key: 'companies_engaged', value: 60 },
      ],
    });
    // A social-return parameter set per programme, from the documented example values (to be replaced).
    for (const programmeId of [koge, viborg]) {
      await api.post(`/api/programmes/${programmeId}/social-return/parameter-sets`, { name: 'Eksempelværdier (skal erstattes)' });
    }
    await linkPortalAccounts(db, koge, users);
  } finally {
    await api.close();
  }
  return lines;
}

type Partners = Map<string, string>;

/** Organisations, programmes, sites and users go straight in: there is no one to call the API as yet. */
async function seedIdentity(db: Kysely<DB>, secrets: SecretBox) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return asSystem(db, async (trx) => {
    const org = async (name: string, kind: string) =>
      (await trx.insertInto('organisations').values({ name, kind }).returning('id').executeTakeFirstOrThrow()).id;
    const partners = new Map<string, Partners>([
      [
        KOGE,
        new Map([
          ['housing', await org('Boligselskabet Solgården (demo)', 'housing_association')],
          ['municipality', await org('Køge Kommune (demo)', 'municipality')],
          ['fund', await org('Støttefonden for Unge (demo)', 'fund')],
        ]),
      ],
      [
        VIBORG,
        new Map([
          ['housing', await org('Boligforeningen Engly (demo)', 'housing_association')],
          ['jobCentre', await org('Jobcenter Viborg (demo)', 'job_centre')],
          ['school', await org('Viborg Tekniske Skole (demo)', 'school')],
          ['evaluator', await org('Evalueringshuset (demo)', 'evaluator')],
        ]),
      ],
    ]);
    const programmes = new Map<string, string>();
    for (const [name, starts, ends, sites] of [
      [
        KOGE,
        '2024-01-01',
        '2027-12-31',
        [
          ['Solbakken', 'Solbakken 1', '4600'],
          ['Ellehaven', 'Ellehaven 12', '4600'],
        ],
      ],
      [
        VIBORG,
        '2025-01-01',
        '2028-12-31',
        [
          ['Engparken', 'Engparken 3', '8800'],
          ['Skovly', 'Skovlyvej 20', '8800'],
        ],
      ],
    ] as const) {
      const id = (
        await trx.insertInto('programmes').values({ name, starts_on: starts, ends_on: ends }).returning('id').executeTakeFirstOrThrow()
      ).id;
      programmes.set(name, id);
      await trx
        .insertInto('programme_partners')
        .values([...partners.get(name)!.values()].map((o) => ({ programme_id: id, organisation_id: o })))
        .execute();
      await trx
        .insertInto('sites')
        .values(sites.map(([n, a, pc]) => ({ programme_id: id, name: n, address: a, postal_code: pc })))
        .execute();
    }
    const users = new Map<string, string>();
    for (const u of USERS) {
      const needsTotp = u.platformAdmin || u.roles.some(([, r]) => r === 'administrator' || r === 'coordinator');
      const user = await trx
        .insertInto('users')
        .values({
          email: u.email,
          name: u.name,
          password_hash: passwordHash,
          is_platform_admin: u.platformAdmin ?? false,
          totp_enabled: needsTotp,
          totp_secret_enc: needsTotp ? secrets.seal(DEMO_TOTP_SECRET) : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      users.set(u.email, user.id);
      // Employer contacts get their organisation when their company exists (seedCompanies).
      const roles = u.roles.filter(([, role]) => role !== 'employer_contact');
      if (roles.length === 0) continue;
      await trx
        .insertInto('memberships')
        .values(roles.map(([p, role]) => ({ programme_id: programmes.get(p)!, user_id: user.id, role, organisation_id: null })))
        .execute();
    }
    return { programmes, users, partners };
  });
}

type Api = Awaited<ReturnType<typeof adminApi>>;

/**
 * The rest goes through the real HTTP API as the demo administrator, so demo data passes the same
 * validation and legality checks as what a coordinator types in. The session exists only while
 * seeding.
 */
async function adminApi(db: Kysely<DB>, app: FastifyInstance, config: Config, adminId: string) {
  const token = newToken();
  await asSystem(db, (trx) =>
    trx
      .insertInto('sessions')
      .values({
        id: hashToken(token),
        user_id: adminId,
        expires_at: sql<Date>`now() + interval '10 minutes'`,
        mfa_verified: true,
        ip: '127.0.0.1',
        user_agent: 'demo-seed',
      })
      .execute(),
  );
  const headers = { cookie: `${sessionCookieName(config)}=${token}`, origin: config.PUBLIC_URL };
  async function call<T>(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<T> {
    const res = await app.inject({ method, url, payload: body as object | undefined, headers });
    if (res.statusCode >= 300) throw new Error(`demo seed: ${method} ${url} answered ${res.statusCode}: ${res.body}`);
    return res.json() as T;
  }
  return {
    get: <T>(url: string) => call<T>('GET', url),
    post: <T = { id: string }>(url: string, body: unknown) => call<T>('POST', url, body),
    put: <T = unknown>(url: string, body: unknown) => call<T>('PUT', url, body),
    close: () => asSystem(db, (trx) => trx.deleteFrom('sessions').where('id', '=', hashToken(token)).execute()),
  };
}

function birthDate(today: string, [years, days]: [number, number]): string {
  return addDays(addMonths(today, -12 * years), -days);
}

/** Companies with a workplace each (and a mentor where given); returns the workplace ids. */
async function seedCompanies(
  api: Api,
  programmeId: string,
  companies: DemoCompany[],
  housingId: string,
  users: Map<string, string>,
  db: Kysely<DB>,
) {
  const workplaces: string[] = [];
  for (const c of companies) {
    const company = await api.post<{ organisationId: string }>(`/api/programmes/${programmeId}/companies`, {
      cvr: c.cvr,
      name: c.name,
      industry: c.industry,
      supplierToOrganisationId: c.supplier ? housingId : null,
    });
    const workplace = await api.post(`/api/programmes/${programmeId}/workplaces`, {
      organisationId: company.organisationId,
      ...c.workplace,
    });
    workplaces.push(workplace.id);
    if (c.mentor) {
      const userId = c.mentor.name === 'Mads Mentor' ? users.get('mentor@demo.jobbro.dk')! : null;
      await api.post(`/api/programmes/${programmeId}/mentors`, {
        organisationId: company.organisationId,
        workplaceId: workplace.id,
        userId,
        ...c.mentor,
      });
    }
    if (c.contact) {
      // The demo's employer login is this company's contact (as if it had accepted an invitation).
      await asSystem(db, (trx) =>
        trx
          .insertInto('memberships')
          .values({
            programme_id: programmeId,
            user_id: users.get('arbejdsgiver@demo.jobbro.dk')!,
            role: 'employer_contact',
            organisation_id: company.organisationId,
          })
          .execute(),
      );
    }
  }
  return workplaces;
}

const weekdays = (days: number[], start: string, end: string, breakMinutes = 0) =>
  days.map((weekday) => ({ weekday, start, end, breakMinutes }));

async function seedKoge(api: Api, db: Kysely<DB>, programmeId: string, partners: Partners, users: Map<string, string>) {
  const today = copenhagenToday();
  const base = `/api/programmes/${programmeId}`;
  const { sites } = await api.get<{ sites: Array<{ id: string }> }>(base);
  const [carpenter, shop, plumber] = (await seedCompanies(api, programmeId, KOGE_COMPANIES, partners.get('housing')!, users, db)) as [
    string,
    string,
    string,
  ];
  const estateOffice = await api.post(`${base}/workplaces`, {
    organisationId: partners.get('housing')!,
    name: 'Ejendomskontoret Solbakken',
    address: 'Solbakken 3',
    postalCode: '4600',
  });
  const kindergarten = await api.post(`${base}/workplaces`, {
    organisationId: partners.get('municipality')!,
    name: 'Børnehuset Mælkebøtten',
    address: 'Mælkebøttevej 8',
    postalCode: '4600',
  });

  const openings = [
    {
      workplaceId: estateOffice.id,
      kind: 'pocket_money',
      title: 'Lommepengejob: gårdmandshjælper',
      taskTags: ['caretaking', 'gardening'],
      minAge: 13,
      hoursPerWeek: 4,
      weeklySchedule: weekdays([3, 6], '15:00', '17:00'),
      places: 4,
      wagePerHour: 60,
      wagePayer: 'project_funds',
      adultStaffPresent: true,
      flags: { lightWorkOnly: true },
    },
    {
      workplaceId: kindergarten.id,
      kind: 'municipal_leisure',
      title: 'Fritidsjob i børnehavens køkken',
      taskTags: ['kitchen', 'childcare'],
      minAge: 14,
      hoursPerWeek: 6,
      weeklySchedule: weekdays([1, 3, 5], '14:00', '16:00'),
      places: 2,
      wagePerHour: 75,
      wagePayer: 'municipality',
      adultStaffPresent: true,
      flags: { lightWorkOnly: true, contactWithChildrenUnder15: true, childProtectionCertificate: true },
    },
    {
      workplaceId: shop,
      kind: 'private_leisure',
      title: 'Fritidsjob: varepåfyldning',
      taskTags: ['retail', 'logistics'],
      minAge: 15,
      hoursPerWeek: 8,
      weeklySchedule: [...weekdays([2, 4], '16:00', '18:00'), ...weekdays([6], '09:00', '13:00')],
      places: 3,
      wagePerHour: 95,
      wagePayer: 'company',
      adultStaffPresent: true,
      flags: {},
    },
    {
      workplaceId: carpenter,
      kind: 'private_leisure',
      title: 'Fritidsjob på tømrerværkstedet',
      taskTags: ['carpentry'],
      minAge: 15,
      hoursPerWeek: 4,
      weeklySchedule: weekdays([2, 4], '15:00', '17:00'),
      places: 2,
      wagePerHour: 100,
      wagePayer: 'company',
      adultStaffPresent: true,
      flags: { machinesOrChemicals: true, riskAssessmentDoneOn: addDays(today, -60) },
    },
    // Step 4 for 16-year-olds who have left school: full days, judged by the rules for young people out of compulsory school.
    {
      workplaceId: plumber,
      kind: 'internship',
      title: 'Praktik som VVS-lærling',
      taskTags: ['plumbing', 'construction'],
      minAge: 16,
      hoursPerWeek: 30,
      weeklySchedule: weekdays([1, 2, 3, 4, 5], '07:00', '13:30', 30),
      places: 1,
      wagePerHour: 110,
      wagePayer: 'company',
      adultStaffPresent: true,
      onlyOutOfCompulsorySchool: true,
      flags: { machinesOrChemicals: true, riskAssessmentDoneOn: addDays(today, -30) },
    },
  ];
  for (const o of openings) await api.post(`${base}/openings`, { ...o, startsOn: addDays(today, 14), status: 'open' });

  for (const [i, y] of demoYouth().entries()) {
    const person = await api.post<{ id: string; version: number }>(`${base}/participants`, {
      kind: 'youth',
      firstName: y.firstName,
      lastName: y.lastName,
      birthDate: birthDate(today, y.age),
      siteId: sites[y.site]!.id,
      compulsorySchool: y.age[0] < 16,
      compulsorySchoolEndsOn: y.age[0] < 16 ? addMonths(today, 12 * (16 - y.age[0]) - 2) : undefined,
      educationStatus: y.age[0] < 16 ? 'compulsory_school' : 'upper_secondary',
      interests: y.interests,
      availability: y.availability,
      travelKm: y.travelKm,
      travelModes: ['bike', 'public_transport'],
      priority: y.priority,
      priorityNote: y.priority ? 'Har brug for ekstra støtte i opstarten.' : undefined,
      step: 1,
    });
    // Intake a few months back, so the profile has a journey and the to-do list has something to show.
    const intake = addDays(today, -90 - 3 * i);
    await asSystem(db, async (trx) => {
      await trx.updateTable('ladder_events').set({ on_date: intake }).where('participant_id', '=', person.id).execute();
      await trx
        .updateTable('participants')
        .set({ created_at: new Date(`${intake}T10:00:00Z`) })
        .where('id', '=', person.id)
        .execute();
    });
    if (y.step > 1) {
      await api.post(`${base}/participants/${person.id}/ladder`, {
        step: y.step,
        onDate: addDays(today, -20 - i),
        reason: 'Har klaret det forrige trin godt.',
      });
    }
    const guardian = y.withGuardian
      ? await api.post(`${base}/participants/${person.id}/guardians`, {
          name: i === 0 ? 'Frida Forælder' : `Forælder til ${y.firstName}`,
          relation: i % 2 ? 'father' : 'mother',
          phone: `+45 20 ${String(10 + i).padStart(2, '0')} 30 40`,
        })
      : null;
    // Under 15s' consents are given by a guardian; the rest give their own.
    const giver = guardian && y.age[0] < 15 ? { givenBy: 'guardian', guardianId: guardian.id } : { givenBy: 'participant' };
    await api.post(`${base}/participants/${person.id}/consents`, {
      purpose: 'data_processing',
      dataCategories: ['contact', 'education', 'profile', 'ladder'],
      givenOn: addDays(today, -60),
      method: 'paper',
      ...giver,
    });
    await api.post(`${base}/participants/${person.id}/consents`, {
      purpose: 'share_employer',
      dataCategories: ['contact', 'profile'],
      givenOn: addDays(today, -50),
      method: 'paper',
      ...giver,
    });
    if (!guardian) continue;
    if (i === 0)
      await asSystem(db, (trx) =>
        trx
          .updateTable('guardians')
          .set({ user_id: users.get('foraelder@demo.jobbro.dk')! })
          .where('id', '=', guardian.id)
          .execute(),
      );
  }
}

async function seedViborg(api: Api, db: Kysely<DB>, programmeId: string, partners: Partners, users: Map<string, string>) {
  const today = copenhagenToday();
  const base = `/api/programmes/${programmeId}`;
  const { sites } = await api.get<{ sites: Array<{ id: string }> }>(base);
  const [painter, estate, garden] = (await seedCompanies(api, programmeId, VIBORG_COMPANIES, partners.get('housing')!, users, db)) as [
    string,
    string,
    string,
  ];
  const openings = [
    {
      workplaceId: painter,
      kind: 'apprenticeship',
      title: 'Lærling som maler',
      taskTags: ['painting'],
      minAge: 18,
      hoursPerWeek: 37,
      wagePayer: 'company',
      wagePerHour: 130,
    },
    {
      workplaceId: estate,
      kind: 'few_hour_job',
      title: 'Småjob: oprydning på fællesarealer',
      taskTags: ['caretaking', 'cleaning'],
      minAge: 18,
      hoursPerWeek: 8,
      wagePayer: 'company',
      wagePerHour: 140,
    },
    {
      workplaceId: estate,
      kind: 'flex_job',
      title: 'Fleksjob som ejendomsservicemedhjælper',
      taskTags: ['caretaking'],
      minAge: 18,
      hoursPerWeek: 15,
      wagePayer: 'company',
      wagePerHour: 150,
    },
    {
      workplaceId: garden,
      kind: 'ordinary_job',
      title: 'Anlægsgartner (fuldtid)',
      taskTags: ['gardening'],
      minAge: 18,
      hoursPerWeek: 37,
      wagePayer: 'company',
      wagePerHour: 160,
    },
  ];
  for (const o of openings) {
    await api.post(`${base}/openings`, {
      ...o,
      places: 1,
      adultStaffPresent: true,
      startsOn: addDays(today, 21),
      weeklySchedule: [],
      status: 'open',
    });
  }
  for (const a of demoAdults()) {
    await api.post(`${base}/participants`, {
      kind: 'adult',
      firstName: a.firstName,
      lastName: a.lastName,
      birthDate: birthDate(today, a.age),
      siteId: sites[a.site]!.id,
      track: a.track,
      interests: a.interests,
      maxWeeklyHours: a.maxWeeklyHours,
      flexJobApproved: a.flexJobApproved,
      benefitType: a.benefitType,
      availability: ['mon-am', 'tue-am', 'wed-am', 'thu-am'],
      travelKm: 15,
      travelModes: ['bike', 'car'],
    });
  }
}

/** Dina (the first demo youth) is the demo's participant login. */
async function linkPortalAccounts(db: Kysely<DB>, programmeId: string, users: Map<string, string>) {
  await asSystem(db, (trx) =>
    trx
      .updateTable('participants')
      .set({ user_id: users.get('deltager@demo.jobbro.dk')! })
      .where('programme_id', '=', programmeId)
      .where('first_name', '=', 'Dina')
      .where('last_name', '=', 'Deltager')
      .execute(),
  );
}
