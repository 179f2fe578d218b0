import type { Tx } from '../../../db/tenant.ts';

export function listOrganisations(trx: Tx) {
  return trx.selectFrom('organisations').select(['id', 'name', 'kind']).orderBy('name').execute();
}

/** Organisations that are partners of, or registered as companies in, one of the given programmes. */
export function listOrganisationsOfProgrammes(trx: Tx, programmeIds: readonly string[]) {
  if (programmeIds.length === 0) return Promise.resolve([]);
  return trx
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('programme_partners').select('organisation_id').where('programme_id', 'in', programmeIds)),
        eb('id', 'in', eb.selectFrom('companies').select('organisation_id').where('programme_id', 'in', programmeIds)),
      ]),
    )
    .orderBy('name')
    .execute();
}

export function insertOrganisation(trx: Tx, o: { name: string; kind: string }) {
  return trx.insertInto('organisations').values(o).returning(['id', 'name', 'kind']).executeTakeFirstOrThrow();
}
