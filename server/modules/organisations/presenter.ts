import type { OrganisationKind } from '../../../shared/domain/access/roles.ts';

export interface OrganisationRow {
  id: string;
  name: string;
  kind: string;
}

export function presentOrganisation(o: OrganisationRow) {
  return { id: o.id, name: o.name, kind: o.kind as OrganisationKind };
}
