import { queryOptions } from '@tanstack/react-query';
import type { BudgetYear } from '../../../../shared/schemas/payroll.ts';
import type {
  ApproveValidResult,
  PendingShift,
  RuleException,
  SchoolCalendar,
  Shift,
  ShiftResult,
  Timesheet,
  Violation,
} from '../../../../shared/schemas/shifts.ts';
import { api } from '../../api.ts';

export type { Shift, Violation, Timesheet, ShiftResult, PendingShift, ApproveValidResult, SchoolCalendar, RuleException, BudgetYear };

const enc = encodeURIComponent;
const programme = (p: string) => `/api/programmes/${enc(p)}`;

/** Every API path of the hours feature, so a renamed endpoint is one edit. */
export const paths = {
  shifts: (p: string, placementId: string) => `${programme(p)}/placements/${enc(placementId)}/shifts`,
  timesheet: (p: string, placementId: string) => `${programme(p)}/placements/${enc(placementId)}/timesheet`,
  asPlanned: (p: string, placementId: string, week: string) =>
    `${programme(p)}/placements/${enc(placementId)}/timesheet/${enc(week)}/as-planned`,
  shiftAction: (p: string, shiftId: string, action: 'approve' | 'reject' | 'corrections') =>
    `${programme(p)}/shifts/${enc(shiftId)}/${action}`,
  pending: (p: string) => `${programme(p)}/shifts/pending`,
  approveValid: (p: string) => `${programme(p)}/shifts/approve-valid`,
  ruleExceptions: (p: string, participantId: string) => `${programme(p)}/participants/${enc(participantId)}/rule-exceptions`,
  schoolCalendar: (p: string, code: string) => `${programme(p)}/school-calendars/${enc(code)}`,
  schoolDay: (p: string, code: string, day: string) => `${programme(p)}/school-calendars/${enc(code)}/days/${enc(day)}`,
  payroll: (p: string) => `${programme(p)}/payroll`,
  budget: (p: string) => `${programme(p)}/pocket-money-budget`,
};

/** Query keys start with the programme and `hours`, so one invalidation refreshes every view of its hours. */
export const keys = {
  hours: (p: string) => ['programmes', p, 'hours'] as const,
};

export const timesheetQuery = (p: string, placementId: string, week: string) =>
  queryOptions({
    queryKey: [...keys.hours(p), 'timesheet', placementId, week],
    queryFn: () => api.get<Timesheet>(paths.timesheet(p, placementId), { week }),
  });

export const pendingQuery = (p: string) =>
  queryOptions({ queryKey: [...keys.hours(p), 'pending'], queryFn: () => api.get<{ shifts: PendingShift[] }>(paths.pending(p)) });

export const schoolCalendarQuery = (p: string, code: string, from: string, to: string) =>
  queryOptions({
    queryKey: [...keys.hours(p), 'school-calendar', code, from, to],
    queryFn: () => api.get<SchoolCalendar>(paths.schoolCalendar(p, code), { from, to }),
  });

export const budgetQuery = (p: string, year: number) =>
  queryOptions({ queryKey: [...keys.hours(p), 'budget', year], queryFn: () => api.get<BudgetYear>(paths.budget(p), { year }) });
