import { z } from 'zod';
import { RULE_CODES } from '../domain/youth-rules/types.ts';

/** Request and response shapes of time registration (server/modules/shifts). */

const date = z.iso.date();
const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'time_format' });
const isoWeek = z.string().regex(/^\d{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$/, { error: 'iso_week_format' });

export const shiftFields = {
  workDate: date,
  /** Europe/Copenhagen wall clock; an end not after the start means the shift ends the next day. */
  startTime: time,
  endTime: time,
  breakMinutes: z.int().min(0).max(600).default(0),
};

export const recordShiftBody = z.object({
  ...shiftFields,
  /** The employer, mentor (or, for pocket-money jobs, the coordinator) records and approves in one step. */
  approve: z.boolean().default(false),
});

export const correctShiftBody = z.object({ ...shiftFields, reason: z.string().trim().min(1).max(500) });

export const violation = z.object({
  rule: z.enum(RULE_CODES),
  date,
  limit: z.number(),
  actual: z.number(),
  unit: z.string(),
  message: z.string(),
  messageEn: z.string(),
  /** A documented exception covers it, so it does not block approval. */
  excepted: z.boolean(),
});
export type Violation = z.infer<typeof violation>;

export const shift = z.object({
  id: z.uuid(),
  placementId: z.uuid(),
  participantId: z.uuid(),
  workDate: date,
  startTime: z.string(),
  endTime: z.string(),
  breakMinutes: z.number(),
  hours: z.number(),
  status: z.enum(['submitted', 'approved', 'rejected']),
  recordedAs: z.string(),
  approvedAt: z.string().nullable(),
  correctsShiftId: z.uuid().nullable(),
  reason: z.string().nullable(),
  /** Why a submitted shift was turned down (status `rejected` by a person, not by a correction). */
  rejectedReason: z.string().nullable(),
});
export type Shift = z.infer<typeof shift>;

export const shiftResult = z.object({ shift, violations: z.array(violation) });
export type ShiftResult = z.infer<typeof shiftResult>;

export const rejectShiftBody = z.object({ reason: z.string().trim().min(1).max(500) });

/** A shift awaiting approval, with what the caller needs to find it (employers see first names only). */
export const pendingShift = shift.extend({
  personName: z.string(),
  openingTitle: z.string(),
  organisationName: z.string(),
  /** Whether the caller may approve it (coordinators only for pocket-money jobs). */
  canApprove: z.boolean(),
});
export type PendingShift = z.infer<typeof pendingShift>;
export const pendingShifts = z.object({ shifts: z.array(pendingShift) });

/** "Approve all valid": the pending shifts the caller was shown (never an empty "all"). */
export const approveValidBody = z.object({ shiftIds: z.array(z.uuid()).min(1).max(500) });
/** One result per shift asked for: approved, or the error code a single approval would have given. */
export const approveValidResult = z.object({
  approved: z.number().int(),
  results: z.array(z.object({ shiftId: z.uuid(), approved: z.boolean(), code: z.string().nullable(), violations: z.array(violation) })),
});
export type ApproveValidResult = z.infer<typeof approveValidResult>;

export const timesheetQuery = z.object({ week: isoWeek });
export const weekParam = isoWeek;

export const timesheet = z.object({
  placementId: z.uuid(),
  week: z.string(),
  days: z.array(
    z.object({
      date,
      planned: z.array(z.object({ startTime: z.string(), endTime: z.string(), breakMinutes: z.number(), hours: z.number() })),
      shifts: z.array(shift),
    }),
  ),
  plannedHours: z.number(),
  recordedHours: z.number(),
  approvedHours: z.number(),
  /** `shiftIds`: this placement's shifts involved (never other jobs'), so the UI can show each next to its shift. */
  violations: z.array(violation.extend({ shiftIds: z.array(z.uuid()) })),
  /**
   * For each shift awaiting approval: whether approving it now passes the young-worker rules, and
   * the unexcepted violations that would refuse it (the same judgement approval makes).
   */
  approval: z.array(z.object({ shiftId: z.uuid(), approvable: z.boolean(), violations: z.array(violation) })),
});
export type Timesheet = z.infer<typeof timesheet>;

export const asPlannedResult = z.object({ created: z.array(shift), violations: z.array(violation) });

export const ruleExceptionBody = z.object({
  rule: z.enum(RULE_CODES),
  appliesOn: date,
  reason: z.string().trim().min(1).max(1000),
  legalBasis: z.string().trim().min(1).max(500),
});
export const ruleException = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  rule: z.string(),
  appliesOn: date,
  reason: z.string(),
  legalBasis: z.string(),
});
export type RuleException = z.infer<typeof ruleException>;

export const schoolDayBody = z.object({ isSchoolDay: z.boolean(), note: z.string().trim().max(200).nullable().default(null) });
export const schoolCalendarQuery = z.object({ from: date, to: date });
export const schoolCalendar = z.object({
  municipalityCode: z.string(),
  schoolDays: z.array(date),
  overrides: z.array(z.object({ day: date, isSchoolDay: z.boolean(), note: z.string().nullable() })),
});
export type SchoolCalendar = z.infer<typeof schoolCalendar>;
