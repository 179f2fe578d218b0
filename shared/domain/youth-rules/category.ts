import { parseLocalDate } from '../calendar/local-time.ts';
import type { Category, Person } from './types.ts';

/**
 * Age in whole years on `date`. Someone born on 29 February has a birthday on 1 March in other
 * years (the (month, day) comparison makes 28 February still the day before).
 */
export function ageOn(birthDate: string, date: string): number {
  const b = parseLocalDate(birthDate);
  const d = parseLocalDate(date);
  const beforeBirthday = d.month < b.month || (d.month === b.month && d.day < b.day);
  return d.year - b.year - (beforeBirthday ? 1 : 0);
}

/**
 * Whether the person is in compulsory school on `date`. School status is a stored fact (a 16-year-old
 * may still be in 9th grade, a 15-year-old may have left), so it is never derived from age; a recorded
 * end date only switches the status off after that day.
 */
export function isInCompulsorySchool(person: Person, date: string): boolean {
  if (!person.compulsorySchool) return false;
  const endsOn = person.compulsorySchoolEndsOn;
  if (endsOn === undefined || endsOn === null) return true;
  parseLocalDate(endsOn);
  return date <= endsOn;
}

export function categoryOn(person: Person, date: string): Category {
  const age = ageOn(person.birthDate, date);
  if (age < 13) return 'under-13';
  if (age >= 18) return 'adult';
  if (age < 15) return 'child';
  return isInCompulsorySchool(person, date) ? 'pupil-15-17' : 'young-15-17';
}

/** Protection order: a higher rank never has stricter rules. Pupils and young workers share a rank. */
export const CATEGORY_RANK: Readonly<Record<Category, number>> = {
  'under-13': 0,
  child: 1,
  'pupil-15-17': 2,
  'young-15-17': 2,
  adult: 3,
};
