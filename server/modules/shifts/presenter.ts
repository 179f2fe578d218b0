import { workedMinutes } from '../../../shared/domain/hours/pay.ts';
import type { RuleExceptionRow, ShiftRow } from './repository.ts';
import type { CheckedViolation } from './rules.ts';

export function presentShift(s: ShiftRow) {
  return {
    id: s.id,
    placementId: s.placement_id,
    participantId: s.participant_id,
    workDate: s.work_date,
    startTime: s.start_time.slice(0, 5),
    endTime: s.end_time.slice(0, 5),
    breakMinutes: s.break_minutes,
    hours: Math.round((workedMinutes(s.work_date, s.start_time, s.end_time, s.break_minutes) / 60) * 100) / 100,
    status: s.status as 'submitted' | 'approved' | 'rejected',
    recordedAs: s.recorded_as,
    approvedAt: s.approved_at ? new Date(s.approved_at).toISOString() : null,
    correctsShiftId: s.corrects_shift_id,
    reason: s.reason,
    rejectedReason: s.rejected_reason,
  };
}

/** Violations leave without shift ids: an employer must not learn of the person's other jobs' shifts. */
export function presentViolation(v: CheckedViolation) {
  return {
    rule: v.rule,
    date: v.date,
    limit: v.limit,
    actual: v.actual,
    unit: v.unit,
    message: v.message,
    messageEn: v.messageEn,
    excepted: v.excepted,
  };
}

export function presentException(e: RuleExceptionRow) {
  return { id: e.id, participantId: e.participant_id, rule: e.rule, appliesOn: e.applies_on, reason: e.reason, legalBasis: e.legal_basis };
}
