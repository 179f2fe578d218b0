import type { TFunction } from 'i18next';
import { text } from '../../../lib/form.ts';
import { chosen } from '../../../lib/schemas.ts';

export type Kind = 'youth' | 'adult';
type Mode = 'create' | 'edit';

/** Unanswered yes/no radios submit this, so the message reads "choose" rather than "fill in". */
const UNANSWERED = 'unanswered';

/**
 * Field name → label, in the order the fields appear: the error summary lists problems in this
 * order and links each to its field.
 */
export function profileLabels(t: TFunction): Record<string, string> {
  const f = (key: string) => t(`participants.fields.${key}`);
  return Object.fromEntries(
    [
      'kind',
      'firstName',
      'lastName',
      'birthDate',
      'siteId',
      'step',
      'track',
      'status',
      'email',
      'phone',
      'address',
      'school',
      'educationStatus',
      'compulsorySchool',
      'compulsorySchoolEndsOn',
      'interests',
      'skills',
      'languages',
      'availability',
      'travelKm',
      'travelModes',
      'goals',
      'readinessNotes',
      'benefitType',
      'maxWeeklyHours',
      'flexJobApproved',
      'priority',
      'priorityNote',
      'cpr',
      'cprReason',
    ].map((k) => [k, f(k)]),
  );
}

/**
 * Reads the intake/edit form into the API's shape. On create an empty field is left out; on edit
 * it becomes null, which clears it. Numbers that do not parse become -1 so the schema's range
 * message ("between 0 and 300") explains what is expected.
 */
export function readProfile(data: FormData, kind: Kind, mode: Mode, showPriority: boolean): Record<string, unknown> {
  const empty = mode === 'create' ? undefined : null;
  const str = (name: string) => {
    const v = text(data, name).trim();
    return v === '' ? empty : v;
  };
  const num = (name: string) => {
    const v = text(data, name).trim().replace(',', '.');
    if (v === '') return empty;
    const n = Number(v);
    return Number.isFinite(n) ? n : -1;
  };
  const list = (name: string) =>
    text(data, name)
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
  const all = (name: string) => data.getAll(name).filter((v): v is string => typeof v === 'string');
  const yesNo = (name: string, required: boolean) => {
    const v = text(data, name);
    if (v === 'yes') return true;
    if (v === 'no') return false;
    return required ? UNANSWERED : empty;
  };

  const body: Record<string, unknown> = {
    firstName: text(data, 'firstName'),
    lastName: text(data, 'lastName'),
    birthDate: text(data, 'birthDate'),
    siteId: chosen(text(data, 'siteId')),
    email: str('email'),
    phone: str('phone'),
    address: str('address'),
    school: str('school'),
    educationStatus: chosen(text(data, 'educationStatus')) ?? empty,
    interests: all('interests'),
    skills: list('skills'),
    languages: list('languages'),
    availability: all('availability'),
    travelKm: num('travelKm'),
    travelModes: all('travelModes'),
    goals: str('goals'),
    readinessNotes: str('readinessNotes'),
  };
  if (kind === 'youth') {
    body.compulsorySchool = yesNo('compulsorySchool', mode === 'create');
    body.compulsorySchoolEndsOn = str('compulsorySchoolEndsOn');
  } else {
    body.benefitType = chosen(text(data, 'benefitType')) ?? empty;
    body.maxWeeklyHours = num('maxWeeklyHours');
    body.flexJobApproved = yesNo('flexJobApproved', false);
  }
  if (showPriority) {
    body.priority = data.get('priority') === 'true';
    body.priorityNote = str('priorityNote');
  }
  const cpr = text(data, 'cpr').trim();
  if (cpr !== '') {
    body.cpr = cpr;
    body.cprReason = str('cprReason') ?? null;
  } else if (mode === 'create' && text(data, 'cprReason').trim() !== '') {
    body.cprReason = text(data, 'cprReason');
  }
  if (mode === 'create') {
    body.kind = kind;
    if (kind === 'youth') body.step = Number(text(data, 'step') || '1');
    else body.track = chosen(text(data, 'track')) ?? null;
  } else {
    body.status = chosen(text(data, 'status'));
  }
  return body;
}
