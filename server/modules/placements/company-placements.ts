import type { z } from 'zod';
import type { companyPlacement, employerCompanyPlacement } from '../../../shared/schemas/companies.ts';
import type { PlacementStatus } from '../../../shared/domain/placements/states.ts';
import type { Tx } from '../../../db/tenant.ts';
import { listForOrganisations, type PlacementRow } from './repository.ts';

/**
 * The company pages list the company's placements from the same query as the employer's placement
 * list, so a page can never say "no placements" while some exist.
 */
function companyRows(trx: Tx, programmeId: string, organisationId: string) {
  return listForOrganisations(trx, [{ programmeId, organisationId }]);
}

const common = (r: PlacementRow) => ({
  id: r.id,
  status: r.status as PlacementStatus,
  openingTitle: r.opening_title,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
});

/**
 * The staff company page: coordinators see who the person is (first and last name), as on the
 * placement list. `visible` says which people the viewer may see (a caseworker only those whose
 * consent shares their employment); the others' placements are left out, not shown nameless.
 */
export async function listCompanyPlacements(
  trx: Tx,
  programmeId: string,
  organisationId: string,
  visible: (participantId: string) => boolean,
): Promise<z.infer<typeof companyPlacement>[]> {
  return (await companyRows(trx, programmeId, organisationId))
    .filter((r) => visible(r.participant_id))
    .map((r) => ({
      ...common(r),
      participant: { firstName: r.first_name, lastName: r.last_name },
    }));
}

/** The employer's own company page: the candidate by first name only, as the employer's placement list minimises them. */
export async function listEmployerCompanyPlacements(
  trx: Tx,
  programmeId: string,
  organisationId: string,
): Promise<z.infer<typeof employerCompanyPlacement>[]> {
  return (await companyRows(trx, programmeId, organisationId)).map((r) => ({ ...common(r), candidate: { firstName: r.first_name } }));
}
