import { type AnyRoute, createRoute, useParams, useSearch } from '@tanstack/react-router';
import { z } from 'zod';
import { PAYERS } from '../../../../shared/domain/hours/pay.ts';
import './hours.css';
import './i18n.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { HoursHomePage } from './pages/HoursHomePage.tsx';
import { PayrollPage } from './pages/PayrollPage.tsx';
import { SchoolCalendarPage } from './pages/SchoolCalendarPage.tsx';
import { CoordinatorTimesheetPage, EmployerTimesheetPage, MyHoursPage } from './pages/TimesheetPages.tsx';
import { isWeekId, weekOf } from './week.ts';

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

/** A path param of the matched route (the routes hang under a generic parent, so read loosely). */
function useParam(name: 'programmeId' | 'placementId'): string {
  const params: Record<string, unknown> = useParams({ strict: false });
  const value = params[name];
  return typeof value === 'string' ? value : '';
}

function useSearchOf<S extends z.ZodType>(schema: S): z.output<S> {
  return schema.parse(useSearch({ strict: false }));
}

/** The week in the URL, or the current one. */
function useWeek(): string {
  return useSearchOf(weekSearch).week ?? weekOf(copenhagenToday());
}

function CoordinatorRoute() {
  return <CoordinatorTimesheetPage programmeId={useParam('programmeId')} placementId={useParam('placementId')} week={useWeek()} />;
}
function EmployerRoute() {
  return <EmployerTimesheetPage placementId={useParam('placementId')} week={useWeek()} />;
}
function MineRoute() {
  return <MyHoursPage week={useWeek()} />;
}
function HomeRoute() {
  return <HoursHomePage programmeId={useParam('programmeId')} />;
}
function PayrollRoute() {
  return <PayrollPage programmeId={useParam('programmeId')} search={useSearchOf(payrollSearch)} />;
}
function CalendarRoute() {
  return <SchoolCalendarPage programmeId={useParam('programmeId')} search={useSearchOf(calendarSearch)} />;
}

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
      component: CoordinatorRoute,
    }),
    createRoute({ getParentRoute, path: '/virksomhed/forloeb/$placementId/timer', validateSearch: weekSearch, component: EmployerRoute }),
    createRoute({ getParentRoute, path: '/mig/timer', validateSearch: weekSearch, component: MineRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/timer', component: HomeRoute }),
    createRoute({ getParentRoute, path: '/programmes/$programmeId/loen', validateSearch: payrollSearch, component: PayrollRoute }),
    createRoute({
      getParentRoute,
      path: '/programmes/$programmeId/skolekalender',
      validateSearch: calendarSearch,
      component: CalendarRoute,
    }),
  ] as const;
}
