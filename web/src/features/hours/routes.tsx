import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { PAYERS } from '../../../../shared/domain/hours/pay.ts';
import './i18n.ts';
import { isWeekId } from './week.ts';

const weekSearch = z.object({ week: z.string().refine(isWeekId).optional().catch(undefined) });
const payrollSearch = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
  payer: z.enum(PAYERS).optional().catch(undefined),
  reason: z.string().optional().catch(undefined),
});
const calendarSearch = z.object({
  kommune: z
    .string()
    .regex(/^[0-9]{3,4}$/)
    .optional()
    .catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});

/** The feature's route components, in their own chunk (see `route-pages.tsx`). */
const page = (name: keyof typeof import('./route-pages.tsx')) => lazyRouteComponent(() => import('./route-pages.tsx'), name);

/**
 * The hours feature's routes: weekly timesheets for the coordinator (under the placement), the
 * employer portal and the participant's `/mig`, the coordinator's hours desk, payroll and school
 * calendars. `router.tsx` adds them under its logged-in layout route.
 */
export function hoursRoutes<P extends AnyRoute>(parent: P) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/placements/$placementId/timer',
      validateSearch: weekSearch,
      component: page('CoordinatorRoute'),
    }),
    createRoute({
      getParentRoute,
      path: '/virksomhed/forloeb/$placementId/timer',
      validateSearch: weekSearch,
      component: page('EmployerRoute'),
    }),
    createRoute({
      getParentRoute,
      path: '/mig/timer',
      validateSearch: weekSearch,
      component: lazyRouteComponent(() => import('./route-mine.tsx'), 'MineRoute'),
    }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/timer', component: page('HomeRoute') }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/loen', validateSearch: payrollSearch, component: page('PayrollRoute') }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/skolekalender',
      validateSearch: calendarSearch,
      component: page('CalendarRoute'),
    }),
  ] as const;
}
