import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { asSystem } from '../db/tenant.ts';
import type { Config } from '../server/config.ts';
import type { SecretBox } from '../server/lib/crypto.ts';
import { copenhagenToday } from '../server/lib/today.ts';
import { hashPassword } from '../server/modules/auth/passwords.ts';
import type { Role } from '../shared/domain/access/roles.ts';
import { adminApi } from './demo-api.ts';
import { seedKoge, seedViborg, type Partners } from './demo-programmes.ts';
import { seedDemoActivities } from './demo-activities.ts';
import { seedDinaAtWork } from './demo-portal.ts';
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
    // The participant and guardian logins' first view: Dina's job, hours and next activity.
    await seedDinaAtWork(api, koge, copenhagenToday());
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
