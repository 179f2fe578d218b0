import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { HoursHomePage } from './pages/HoursHomePage.tsx';
import { PayrollPage } from './pages/PayrollPage.tsx';
import { SchoolCalendarPage } from './pages/SchoolCalendarPage.tsx';
import { CoordinatorTimesheetPage, EmployerTimesheetPage } from './pages/TimesheetPages.tsx';
import { weekOr } from './week.ts';

/** The lazy half of `routes.tsx`: params and search read typed through the route, in the feature's own chunk. */
const coordinator = getRouteApi('/authed/programmes/$programmeId/placements/$placementId/timer');
const employer = getRouteApi('/authed/virksomhed/forloeb/$placementId/timer');
const home = getRouteApi('/authed/programmes/$programmeId/timer');
const payroll = getRouteApi('/authed/programmes/$programmeId/loen');
const calendar = getRouteApi('/authed/programmes/$programmeId/skolekalender');

export function CoordinatorRoute(): ReactNode {
  const { programmeId, placementId } = coordinator.useParams();
  return <CoordinatorTimesheetPage programmeId={programmeId} placementId={placementId} week={weekOr(coordinator.useSearch().week)} />;
}
export function EmployerRoute(): ReactNode {
  return <EmployerTimesheetPage placementId={employer.useParams().placementId} week={weekOr(employer.useSearch().week)} />;
}
export function HomeRoute(): ReactNode {
  return <HoursHomePage programmeId={home.useParams().programmeId} />;
}
export function PayrollRoute(): ReactNode {
  return <PayrollPage programmeId={payroll.useParams().programmeId} search={payroll.useSearch()} />;
}
export function CalendarRoute(): ReactNode {
  return <SchoolCalendarPage programmeId={calendar.useParams().programmeId} search={calendar.useSearch()} />;
}
