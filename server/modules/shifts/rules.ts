import { addDays, mondayOf } from '../../../shared/domain/calendar/local-time.ts';
import { loadPostalCodes } from '../../lib/postal-codes.ts';
import { checkShifts, defaultSchoolDays, type Shift, type Violation } from '../../../shared/domain/youth-rules/index.ts';
import type { Tx } from '../../../db/tenant.ts';
import * as repo from './repository.ts';

/** The person facts the rules need, as stored on the participant. */
export interface RulePerson {
  participantId: string;
  birthDate: string;
  compulsorySchool: boolean | null;
  compulsorySchoolEndsOn: string | null;
}

/** A shift to judge that is not (yet) stored as it would count. */
export interface Candidate {
  id: string;
  workDate: string;
  startTime: string;
  endTime: string;
  breakMinutes: number;
}

export type CheckedViolation = Omit<Violation, 'shiftIds'> & { shiftIds: string[]; excepted: boolean };

const hhmm = (t: string) => t.slice(0, 5);

/** A stored or candidate shift as the rules engine's wall-clock interval (an end not after the start is next day). */
export function toRuleShift(s: Candidate): Shift {
  const end = hhmm(s.endTime) > hhmm(s.startTime) ? s.workDate : addDays(s.workDate, 1);
  return { id: s.id, start: `${s.workDate}T${hhmm(s.startTime)}`, end: `${end}T${hhmm(s.endTime)}`, breakMinutes: s.breakMinutes };
}

/** The municipality (kommunekode) of the participant's site, or null when its postal code is unknown. */
export async function municipalityOf(trx: Tx, programmeId: string, participantId: string): Promise<string | null> {
  const postal = await repo.participantSitePostalCode(trx, programmeId, participantId);
  return postal ? (loadPostalCodes().get(postal)?.municipalityCode ?? null) : null;
}

/**
 * School days from `from` to `to` for the municipality: Monday–Friday minus Danish public holidays
 * (no standard school holidays are assumed), then the coordinators' overrides for that municipality.
 */
export async function schoolDaysFor(
  trx: Tx,
  programmeId: string,
  municipalityCode: string | null,
  from: string,
  to: string,
): Promise<string[]> {
  const days = new Set(defaultSchoolDays(from, to));
  if (municipalityCode) {
    for (const o of await repo.schoolOverrides(trx, programmeId, municipalityCode, from, to)) {
      if (o.is_school_day) days.add(o.day);
      else days.delete(o.day);
    }
  }
  return [...days].sort();
}

/**
 * Runs the young-worker rules over ALL of the person's shifts (every placement and employer) in the
 * weeks the candidates fall in, as they would stand if the candidates counted:
 * the live shifts (approved or awaiting approval, not replaced by a live correction) plus the
 * candidates. Counting shifts that await approval makes approval order-independent: approving the
 * shift that pushes a week over its limit is refused even while the week's other shifts still wait,
 * instead of passing first and blocking a lawful weekday later. Mode `approve` also locks the person
 * so two employers' approvals are judged one after the other.
 * `exclude` drops stored rows the candidates stand in for (the shift itself, the shift it corrects).
 * Returns the violations that involve a candidate (or, without candidates, any in the weeks), each
 * marked `excepted` when a documented exception names its rule and date.
 */
export async function evaluate(
  trx: Tx,
  programmeId: string,
  person: RulePerson,
  opts: { candidates: readonly Candidate[]; mode: 'approve' | 'record'; exclude?: ReadonlySet<string>; weeks?: readonly string[] },
): Promise<CheckedViolation[]> {
  const mondays = [...new Set([...(opts.weeks ?? []), ...opts.candidates.map((c) => c.workDate)].map(mondayOf))].sort();
  if (mondays.length === 0) return [];
  const first = mondays[0]!;
  const last = addDays(mondays[mondays.length - 1]!, 6);
  if (opts.mode === 'approve') await repo.lockPerson(trx, programmeId, person.participantId);
  const stored = await repo.personShifts(trx, programmeId, person.participantId, addDays(first, -1), addDays(last, 1));
  const counted = stored.filter((s) => !opts.exclude?.has(s.id) && !s.replaced_by_live);
  const shifts = [
    ...counted.map((s) =>
      toRuleShift({ id: s.id, workDate: s.work_date, startTime: s.start_time, endTime: s.end_time, breakMinutes: s.break_minutes }),
    ),
    ...opts.candidates.map(toRuleShift),
  ];
  if (shifts.length === 0) return [];
  const municipality = await municipalityOf(trx, programmeId, person.participantId);
  const schoolDays = await schoolDaysFor(trx, programmeId, municipality, addDays(first, -1), addDays(last, 1));
  const result = checkShifts({
    person: {
      birthDate: person.birthDate,
      compulsorySchool: person.compulsorySchool ?? false,
      compulsorySchoolEndsOn: person.compulsorySchoolEndsOn,
    },
    shifts,
    schoolDays,
  });
  const candidateIds = new Set(opts.candidates.map((c) => c.id));
  const inWeeks = (d: string) => mondays.includes(mondayOf(d));
  const relevant = result.violations.filter(
    (v) => inWeeks(v.date) && (candidateIds.size === 0 || (v.shiftIds ?? []).some((id) => candidateIds.has(id))),
  );
  const exceptions = await repo.exceptionsFor(trx, programmeId, person.participantId, first, last);
  return relevant.map((v) => ({
    ...v,
    shiftIds: v.shiftIds ?? [],
    excepted: exceptions.some((e) => e.rule === v.rule && e.applies_on === v.date),
  }));
}
