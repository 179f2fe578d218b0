import type { z } from 'zod';
import type { companyPlacement } from '../../../shared/schemas/companies.ts';
import type { PlacementStatus } from '../../../shared/domain/placements/states.ts';
import type { Tx } from '../../../db/tenant.ts';
import { listForOrganisations } from './repository.ts';

/**
 * The coordinator's company page lists the company's placements from the same query as the
 * employer's placement list, so the page can never say "no placements" while some exist.
 * Coordinators see who the person is (first and last name), as on the placement list.
 */
export async function listCompanyPlacements(
  trx: Tx,
  programmeId: string,
  organisationId: string,
): Promise<z.infer<typeof companyPlacement>[]> {
  const rows = await listForOrganisations(trx, [{ programmeId, organisationId }]);
  return rows.map((r) => ({
    id: r.id,
    status: r.status as PlacementStatus,
    participant: { firstName: r.first_name, lastName: r.last_name },
    openingTitle: r.opening_title,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
  }));
}
