import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import './i18n.ts';

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

/** The feature's route components, in their own chunk (see `route-pages.tsx`). */
const page = (name: keyof typeof import('./route-pages.tsx')) => lazyRouteComponent(() => import('./route-pages.tsx'), name);

/**
 * The employer feature's routes: the coordinator's company and opening pages under a programme,
 * and the employer portal. `router.tsx` adds them under its logged-in layout route.
 */
export function employerRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/companies',
      validateSearch: companiesSearch,
      component: page('CompaniesRoute'),
    }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/companies/new', component: page('NewCompanyRoute') }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/companies/$companyId', component: page('CompanyRoute') }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/openings', component: page('BoardRoute') }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/openings/new',
      validateSearch: newOpeningSearch,
      component: page('NewOpeningRoute'),
    }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/openings/$openingId',
      validateSearch: openingSearch,
      component: page('OpeningRoute'),
    }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/openings/$openingId/edit', component: page('EditOpeningRoute') }),
    createRoute({ getParentRoute, path: '/virksomhed', component: page('EmployerHomeRoute') }),
    createRoute({
      getParentRoute,
      path: '/virksomhed/$companyId',
      validateSearch: portalCompanySearch,
      component: page('PortalCompanyRoute'),
    }),
    createRoute({ getParentRoute, path: '/virksomhed/$companyId/nyt-opslag', component: page('ProposeRoute') }),
    createRoute({ getParentRoute, path: '/mentor', component: page('MentoringRoute') }),
  ] as const;
}
