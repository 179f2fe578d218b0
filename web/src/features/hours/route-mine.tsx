import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { MyHoursPage } from './pages/TimesheetPages.tsx';
import { weekOr } from './week.ts';

/** `/mig/timer` in a chunk of its own: a participant's phone never downloads payroll or the coordinator's desk. */
const mine = getRouteApi('/authed/mig/timer');

export function MineRoute(): ReactNode {
  return <MyHoursPage week={weekOr(mine.useSearch().week)} />;
}
