import { type AnyRoute, createRoute, useParams, useSearch } from '@tanstack/react-router';
import { z } from 'zod';
import './i18n.ts';
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
  supplier: z
    .union([z.enum(['true', 'false']), z.uuid()])
    .optional()
    .catch(undefined),
  industry: optionalText,
});
const newOpeningSearch = z.object({ companyId: z.uuid().optional().catch(undefined) });
const openingSearch = z.object({ saved: z.enum(['draft', 'open', 'updated']).optional().catch(undefined) });
const portalCompanySearch = z.object({ proposed: z.boolean().optional().catch(undefined) });

type ParamName = 'programmeId' | 'companyId' | 'openingId';

/**
 * A path param of the matched route. The routes are built under a generic parent, so their own
 * `useParams()` cannot be typed; reading loosely and narrowing keeps the pages' props plain strings.
 */
function useParam(name: ParamName): string {
  const params: Record<string, unknown> = useParams({ strict: false });
  const value = params[name];
  return typeof value === 'string' ? value : '';
}

/** The route's search, narrowed by its own schema (every field falls back, so this never throws). */
function useSearchOf<S extends z.ZodType>(schema: S): z.output<S> {
  return schema.parse(useSearch({ strict: false }));
}

// Route components read their params loosely (see `useParam`) and hand the pages plain props.

function CompaniesRoute() {
  const programmeId = useParam('programmeId');
  const filters = useSearchOf(companiesSearch);
  return <CompaniesPage programmeId={programmeId} filters={filters} />;
}

function NewCompanyRoute() {
  return <NewCompanyPage programmeId={useParam('programmeId')} />;
}

function CompanyRoute() {
  const programmeId = useParam('programmeId');
  const companyId = useParam('companyId');
  return <CompanyPage programmeId={programmeId} companyId={companyId} />;
}

function BoardRoute() {
  return <OpeningsBoardPage programmeId={useParam('programmeId')} />;
}

function NewOpeningRoute() {
  const programmeId = useParam('programmeId');
  const { companyId } = useSearchOf(newOpeningSearch);
  return <NewOpeningPage programmeId={programmeId} companyId={companyId} />;
}

function OpeningRoute() {
  const programmeId = useParam('programmeId');
  const openingId = useParam('openingId');
  const { saved } = useSearchOf(openingSearch);
  return <OpeningPage programmeId={programmeId} openingId={openingId} saved={saved} />;
}

function EditOpeningRoute() {
  const programmeId = useParam('programmeId');
  const openingId = useParam('openingId');
  return <EditOpeningPage programmeId={programmeId} openingId={openingId} />;
}

function PortalCompanyRoute() {
  const companyId = useParam('companyId');
  const { proposed } = useSearchOf(portalCompanySearch);
  return <EmployerCompanyPage companyId={companyId} proposed={proposed} />;
}

function ProposeRoute() {
  return <ProposeOpeningPage companyId={useParam('companyId')} />;
}

/**
 * The employer feature's routes: the coordinator's company and opening pages under a programme,
 * and the employer portal. `router.tsx` adds them under its logged-in layout route.
 */
export function employerRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: '/programmes/$programmeId/companies', validateSearch: companiesSearch, component: CompaniesRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/companies/new', component: NewCompanyRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/companies/$companyId', component: CompanyRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/openings', component: BoardRoute }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/openings/new',
      validateSearch: newOpeningSearch,
      component: NewOpeningRoute,
    }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/openings/$openingId',
      validateSearch: openingSearch,
      component: OpeningRoute,
    }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/openings/$openingId/edit', component: EditOpeningRoute }),
    createRoute({ getParentRoute, path: '/virksomhed', component: EmployerHomePage }),
    createRoute({ getParentRoute, path: '/virksomhed/$companyId', validateSearch: portalCompanySearch, component: PortalCompanyRoute }),
    createRoute({ getParentRoute, path: '/virksomhed/$companyId/nyt-opslag', component: ProposeRoute }),
    createRoute({ getParentRoute, path: '/mentor', component: MentoringPage }),
  ] as const;
}
