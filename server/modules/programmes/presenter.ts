import type { MemberRow, ProgrammeRow, SiteRow } from './repository.ts';
import type { Role } from '../../../shared/domain/access/roles.ts';
import { presentOrganisation, type OrganisationRow } from '../organisations/index.ts';

export function presentProgrammeSummary(p: ProgrammeRow) {
  return { id: p.id, name: p.name, startsOn: p.starts_on, endsOn: p.ends_on };
}

export function presentSite(s: SiteRow) {
  return { id: s.id, programmeId: s.programme_id, name: s.name, address: s.address, postalCode: s.postal_code };
}

export function presentProgramme(p: ProgrammeRow, partners: OrganisationRow[], sites: SiteRow[]) {
  return { ...presentProgrammeSummary(p), partners: partners.map(presentOrganisation), sites: sites.map(presentSite) };
}

export function presentMember(m: MemberRow) {
  return { userId: m.user_id, name: m.name, email: m.email, role: m.role as Role, organisationId: m.organisation_id };
}
