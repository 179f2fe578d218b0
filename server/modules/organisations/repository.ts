import type { Tx } from '../../../db/tenant.ts';

export function listOrganisations(trx: Tx) {
  return trx.selectFrom('organisations').select(['id', 'name', 'kind']).orderBy('name').execute();
}

export function insertOrganisation(trx: Tx, o: { name: string; kind: string }) {
  return trx.insertInto('organisations').values(o).returning(['id', 'name', 'kind']).executeTakeFirstOrThrow();
}
