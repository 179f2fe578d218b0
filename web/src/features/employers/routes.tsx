import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { z } from 'zod';
import './employers.css';
import { CompaniesPage } from './coordinator/CompaniesPage.tsx';
import { CompanyPage } from './coordinator/CompanyPage.tsx';
import { EditOpeningPage } from './coordinator/EditOpeningPage.tsx';
import { NewCompanyPage } from './coordinator/NewCompanyPage.tsx';
import { NewOpeningPage } from './coordinator/NewOpeningPage.tsx';
import { OpeningPage } from './coordinator/OpeningPage.tsx';
import { OpeningsBoardPage } from './coordinator/OpeningsBoardPage.tsx';
import { EmployerCompanyPage } from './portal/EmployerCompanyPage.tsx';
import { EmployerHomePage } from './portal/EmployerHomePage.tsx';
import { MentoringPage } from './portal/MentoringPage.tsx';
import { ProposeOpeningPage } from './portal/ProposeOpeningPage.tsx';

const optionalText = z.string().trim().max(100).optional().catch(undefined);
const companiesSearch = z.object({
  q: optionalText,
  supplier: z.union([z.enum(['true', 'false']), z.uuid()]).optional().catch(undefined),
  industry: optionalText,
});
const newOpeningSearch = z.object({ companyId: z.uuid().optional().catch(undefined) });
const openingSearch = z.object({ saved: z.enum(['draft', 'open', 'updated']).optional().catch(undefined) });
const portalCompanySearch = z.object({ proposed: z.boolean().optional().catch(undefined) });

/**
 * The employer feature's routes: the coordinator's company and opening pages under a programme,
 * and the employer portal. `router.tsx` adds them under its logged-in layout route.
 */
export function employerRoutes<P extends AnyRoute>(parent: P) {
  const companies = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/companies',
    validateSearch: companiesSearch,
    component: function CompaniesRoute() {
      const { programmeId } = companies.useParams();
      return <CompaniesPage programmeId={programmeId} filters={companies.useSearch()} />;
    },
  });
  const newCompany = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/companies/new',
    component: function NewCompanyRoute() {
      return <NewCompanyPage programmeId={newCompany.useParams().programmeId} />;
    },
  });
  const company = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/companies/$companyId',
    component: function CompanyRoute() {
      const { programmeId, companyId } = company.useParams();
      return <CompanyPage programmeId={programmeId} companyId={companyId} />;
    },
  });
  const board = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/openings',
    component: function BoardRoute() {
      return <OpeningsBoardPage programmeId={board.useParams().programmeId} />;
    },
  });
  const newOpening = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/openings/new',
    validateSearch: newOpeningSearch,
    component: function NewOpeningRoute() {
      return <NewOpeningPage programmeId={newOpening.useParams().programmeId} companyId={newOpening.useSearch().companyId} />;
    },
  });
  const opening = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/openings/$openingId',
    validateSearch: openingSearch,
    component: function OpeningRoute() {
      const { programmeId, openingId } = opening.useParams();
      return <OpeningPage programmeId={programmeId} openingId={openingId} saved={opening.useSearch().saved} />;
    },
  });
  const editOpening = createRoute({
    getParentRoute: () => parent,
    path: '/programmes/$programmeId/openings/$openingId/edit',
    component: function EditOpeningRoute() {
      const { programmeId, openingId } = editOpening.useParams();
      return <EditOpeningPage programmeId={programmeId} openingId={openingId} />;
    },
  });
  const portal = createRoute({
    getParentRoute: () => parent,
    path: '/virksomhed',
    component: EmployerHomePage,
  });
  const portalCompany = createRoute({
    getParentRoute: () => parent,
    path: '/virksomhed/$companyId',
    validateSearch: portalCompanySearch,
    component: function PortalCompanyRoute() {
      return <EmployerCompanyPage companyId={portalCompany.useParams().companyId} proposed={portalCompany.useSearch().proposed} />;
    },
  });
  const propose = createRoute({
    getParentRoute: () => parent,
    path: '/virksomhed/$companyId/nyt-opslag',
    component: function ProposeRoute() {
      return <ProposeOpeningPage companyId={propose.useParams().companyId} />;
    },
  });
  const mentoring = createRoute({
    getParentRoute: () => parent,
    path: '/mentor',
    component: MentoringPage,
  });
  return [companies, newCompany, company, board, newOpening, opening, editOpening, portal, portalCompany, propose, mentoring] as const;
}
