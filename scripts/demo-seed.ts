import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { asSystem } from '../db/tenant.ts';
import type { SecretBox } from '../server/lib/crypto.ts';
import { hashPassword } from '../server/modules/auth/passwords.ts';
import type { Role } from '../shared/domain/access/roles.ts';

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
  { email: 'admin@demo.jobbro.dk', name: 'Alma Administrator', platformAdmin: true, roles: [[KOGE, 'administrator'], [VIBORG, 'administrator']] },
  { email: 'koordinator.koge@demo.jobbro.dk', name: 'Karim Koordinator', roles: [[KOGE, 'coordinator']] },
  { email: 'koordinator.viborg@demo.jobbro.dk', name: 'Vibeke Koordinator', roles: [[VIBORG, 'coordinator']] },
  { email: 'sagsbehandler@demo.jobbro.dk', name: 'Søren Sagsbehandler', roles: [[VIBORG, 'caseworker']] },
  { email: 'arbejdsgiver@demo.jobbro.dk', name: 'Anne Arbejdsgiver', roles: [[KOGE, 'employer_contact'], [VIBORG, 'employer_contact']] },
  { email: 'mentor@demo.jobbro.dk', name: 'Mads Mentor', roles: [[KOGE, 'mentor']] },
  { email: 'deltager@demo.jobbro.dk', name: 'Dina Deltager', roles: [[KOGE, 'participant']] },
  { email: 'foraelder@demo.jobbro.dk', name: 'Frida Forælder', roles: [[KOGE, 'guardian']] },
  { email: 'evaluator@demo.jobbro.dk', name: 'Emil Evaluator', roles: [[KOGE, 'evaluator'], [VIBORG, 'evaluator']] },
  { email: 'bevilling@demo.jobbro.dk', name: 'Bente Bevillingsgiver', roles: [[KOGE, 'funder'], [VIBORG, 'funder']] },
];

export async function seedDemo(db: Kysely<DB>, secrets: SecretBox): Promise<string[]> {
  const lines = [
    'Demo data: every login below uses the password ' + DEMO_PASSWORD,
    `Administrator and coordinators use TOTP with the secret ${DEMO_TOTP_SECRET} (npm run totp prints the current code).`,
    ...USERS.map((u) => `  ${u.email.padEnd(36)} ${u.roles.map(([p, r]) => `${r} in ${p}`).join(', ')}`),
  ];
  const seeded = await asSystem(db, async (trx) => !!(await trx.selectFrom('users').select('id').limit(1).executeTakeFirst()));
  if (seeded) return lines;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await asSystem(db, async (trx) => {
    const org = async (name: string, kind: string) =>
      (await trx.insertInto('organisations').values({ name, kind }).returning('id').executeTakeFirstOrThrow()).id;
    const partnersKoge = [
      await org('Boligselskabet Solgården (demo)', 'housing_association'),
      await org('Køge Kommune (demo)', 'municipality'),
      await org('Støttefonden for Unge (demo)', 'fund'),
    ];
    const partnersViborg = [
      await org('Boligforeningen Engly (demo)', 'housing_association'),
      await org('Jobcenter Viborg (demo)', 'job_centre'),
      await org('Viborg Tekniske Skole (demo)', 'school'),
      await org('Evalueringshuset (demo)', 'evaluator'),
    ];
    const programmes = new Map<string, string>();
    for (const [name, starts, ends, partners, sites] of [
      [KOGE, '2024-01-01', '2027-12-31', partnersKoge, [['Solbakken', 'Solbakken 1', '4600'], ['Ellehaven', 'Ellehaven 12', '4600']]],
      [VIBORG, '2025-01-01', '2028-12-31', partnersViborg, [['Engparken', 'Engparken 3', '8800'], ['Skovly', 'Skovlyvej 20', '8800']]],
    ] as const) {
      const id = (await trx.insertInto('programmes').values({ name, starts_on: starts, ends_on: ends }).returning('id').executeTakeFirstOrThrow()).id;
      programmes.set(name, id);
      await trx.insertInto('programme_partners').values(partners.map((o) => ({ programme_id: id, organisation_id: o }))).execute();
      await trx.insertInto('sites').values(sites.map(([n, a, pc]) => ({ programme_id: id, name: n, address: a, postal_code: pc }))).execute();
    }
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
      await trx
        .insertInto('memberships')
        .values(u.roles.map(([p, role]) => ({ programme_id: programmes.get(p)!, user_id: user.id, role, organisation_id: null })))
        .execute();
    }
  });
  return lines;
}
