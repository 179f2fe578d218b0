import { z } from 'zod';
import { ORGANISATION_KINDS } from '../domain/access/roles.ts';
import { OPENING_LEGALITY_CODES } from '../domain/employers/legality.ts';
import { OPENING_KINDS, OPENING_STATUSES, openingConsistencyIssues, WAGE_PAYERS, type OpeningShape } from '../domain/employers/openings.ts';
import { WORK_AREAS, isWorkArea } from '../domain/employers/work-areas.ts';
import { parseCvr } from '../domain/identifiers/cvr.ts';
import { isoDate, uuid } from './common.ts';

/**
 * Companies, workplaces, mentors, commitments, notes and openings: request and response shapes
 * shared by the server and the web app.
 *
 * Validation issue codes (in `details.issues[].code`, translated by the UI under `validation.<code>`):
 * `cvr_format`, `cvr_checksum` (cvr), `postal_code_format`, `postal_code_unknown` (postalCode; the
 * latter from the server, which holds the postal-code table), `p_number_format`, `time_format`,
 * `weekday_range`, `break_longer_than_shift`, `work_area_unknown`, `ladder_step_mismatch`,
 * `max_age_below_min`, `end_before_start`, `date_before_rules` (a start before the first young-worker
 * rules), `apprenticeship_out_of_school_only` (onlyOutOfCompulsorySchool false on an apprenticeship),
 * `not_a_partner_housing_association`, `not_an_employer`, `workplace_unknown`,
 * `mentor_user_unknown`, `text_required`.
 */

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1, { error: 'text_required' });

export const cvrInput = z
  .string()
  .max(20)
  .superRefine((value, ctx) => {
    const parsed = parseCvr(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.code });
  });
export const postalCode = z
  .string()
  .trim()
  .regex(/^\d{4}$/, { error: 'postal_code_format' });
export const pNumber = z
  .string()
  .trim()
  .regex(/^\d{10}$/, { error: 'p_number_format' });
export const wagePayer = z.enum(WAGE_PAYERS);
export const openingKind = z.enum(OPENING_KINDS);
export const openingStatus = z.enum(OPENING_STATUSES);
export const workArea = z.string().refine(isWorkArea, { error: 'work_area_unknown' });

// --- Companies -----------------------------------------------------------------------------------

export const createCompanyBody = z.object({
  cvr: cvrInput,
  name: required(200),
  industry: required(200),
  supplierToOrganisationId: uuid.nullable().optional(),
});
export const updateCompanyBody = createCompanyBody.omit({ cvr: true }).partial();

export const companiesQuery = z.object({
  q: text(100).optional(),
  /** `true`/`false`, or the id of the housing association it supplies. */
  supplier: z.union([z.enum(['true', 'false']), uuid]).optional(),
  industry: text(200).optional(),
});

const organisationRef = z.object({ id: uuid, name: z.string() });

export const company = z.object({
  id: uuid,
  programmeId: uuid,
  organisationId: uuid,
  cvr: z.string(),
  name: z.string(),
  industry: z.string(),
  supplierTo: organisationRef.nullable(),
  openOpenings: z.number().int(),
});

export const contact = z.object({ userId: uuid, name: z.string(), email: z.string() });
export const pendingContact = z.object({ invitationId: uuid, email: z.string(), expiresAt: z.string() });
export const addContactBody = z.object({ email: z.string().trim().toLowerCase().max(254).pipe(z.email()) });

// --- Workplaces ----------------------------------------------------------------------------------

export const createWorkplaceBody = z.object({
  organisationId: uuid,
  name: required(200),
  address: required(300),
  postalCode,
  pNumber: pNumber.nullable().optional(),
});
export const updateWorkplaceBody = createWorkplaceBody.omit({ organisationId: true }).partial();
export const workplacesQuery = z.object({ organisationId: uuid.optional() });

export const workplace = z.object({
  id: uuid,
  programmeId: uuid,
  organisationId: uuid,
  organisationName: z.string(),
  organisationKind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  address: z.string(),
  postalCode: z.string(),
  /** The place name of the postal code (from the shipped table). */
  city: z.string().nullable(),
  pNumber: z.string().nullable(),
});

// --- Mentors -------------------------------------------------------------------------------------

export const createMentorBody = z.object({
  organisationId: uuid,
  workplaceId: uuid.nullable().optional(),
  userId: uuid.nullable().optional(),
  name: required(200),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()).nullable().optional(),
  phone: text(40).nullable().optional(),
  hoursPerWeek: z.number().min(0).max(40),
  ratePerHour: z.number().min(0).max(10_000),
  payer: wagePayer,
});
export const updateMentorBody = createMentorBody.omit({ organisationId: true }).partial();
export const mentorsQuery = z.object({ organisationId: uuid.optional() });

export const mentor = z.object({
  id: uuid,
  programmeId: uuid,
  organisationId: uuid,
  organisationName: z.string(),
  workplaceId: uuid.nullable(),
  userId: uuid.nullable(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  hoursPerWeek: z.number(),
  ratePerHour: z.number(),
  /** hoursPerWeek × ratePerHour: what the bought-out hours cost a week. */
  weeklyCost: z.number(),
  payer: wagePayer,
});

// --- Commitments and notes ------------------------------------------------------------------------

export const createCommitmentBody = z
  .object({
    description: required(300),
    openingKind,
    targetCount: z.number().int().min(1).max(1000),
    periodFrom: isoDate,
    periodTo: isoDate,
  })
  .refine((c) => c.periodTo >= c.periodFrom, { path: ['periodTo'], error: 'end_before_start' });
export const updateCommitmentBody = z.object({
  description: required(300).optional(),
  openingKind: openingKind.optional(),
  targetCount: z.number().int().min(1).max(1000).optional(),
  periodFrom: isoDate.optional(),
  periodTo: isoDate.optional(),
});

export const commitment = z.object({
  id: uuid,
  companyId: uuid,
  description: z.string(),
  openingKind,
  targetCount: z.number().int(),
  periodFrom: isoDate,
  periodTo: isoDate,
  delivered: z.number().int(),
  remaining: z.number().int(),
  expectedByNow: z.number().int(),
  status: z.enum(['upcoming', 'on_track', 'behind', 'met', 'missed']),
});

export const createNoteBody = z.object({ notedOn: isoDate.optional(), text: required(5000) });
export const updateNoteBody = createNoteBody.partial();
export const note = z.object({
  id: uuid,
  notedOn: isoDate,
  text: z.string(),
  author: z.object({ userId: uuid, name: z.string() }).nullable(),
  createdAt: z.string(),
});

// --- Openings ------------------------------------------------------------------------------------

const startClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'time_format' });
/** An end may read 24:00 (midnight); an end at or before the start ends after midnight. */
const endClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'time_format' });
const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

export const scheduleEntry = z
  .object({
    weekday: z.number().int().min(1, { error: 'weekday_range' }).max(7, { error: 'weekday_range' }),
    start: startClock,
    end: endClock,
    breakMinutes: z.number().int().min(0).max(600),
  })
  .superRefine((e, ctx) => {
    let length = minutesOf(e.end) - minutesOf(e.start);
    if (length <= 0) length += 1440;
    if (e.breakMinutes >= length) ctx.addIssue({ code: 'custom', path: ['breakMinutes'], message: 'break_longer_than_shift' });
  });

/** Safety and legal flags, judged by the young-worker rules when the opening is opened. */
const flagFields = {
  lightWorkOnly: z.boolean(),
  machinesOrChemicals: z.boolean(),
  /** Date of the risk assessment (APV) for young workers; null when none is done. */
  riskAssessmentDoneOn: isoDate.nullable(),
  alcoholServed: z.boolean(),
  liftingOver12kg: z.boolean(),
  loneWork: z.boolean(),
  moneyHandling: z.boolean(),
  contactWithChildrenUnder15: z.boolean(),
  /** The børneattest has been obtained. */
  childProtectionCertificate: z.boolean(),
};
const NO_FLAGS = {
  lightWorkOnly: false,
  machinesOrChemicals: false,
  riskAssessmentDoneOn: null,
  alcoholServed: false,
  liftingOver12kg: false,
  loneWork: false,
  moneyHandling: false,
  contactWithChildrenUnder15: false,
  childProtectionCertificate: false,
};
export const openingFlags = z.object(flagFields);
const ladderStep = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const openingFields = {
  workplaceId: uuid,
  kind: openingKind,
  /** 1–4 on the youth ladder; omitted: the kind's step (4 for internships admitting under-18s). */
  ladderStep: ladderStep.nullable().optional(),
  title: required(200),
  tasks: text(5000),
  taskTags: z.array(workArea).max(20),
  requirements: text(5000),
  minAge: z.number().int().min(10).max(99),
  maxAge: z.number().int().min(10).max(99).nullable().optional(),
  hoursPerWeek: z.number().min(0).max(60),
  weeklySchedule: z.array(scheduleEntry).max(21),
  places: z.number().int().min(1).max(100),
  startsOn: isoDate,
  /** Omitted: six months after the start. */
  endsOn: isoDate.nullable().optional(),
  wagePerHour: z.number().min(0).max(10_000).nullable().optional(),
  wagePayer: wagePayer.nullable().optional(),
  adultStaffPresent: z.boolean(),
  flags: openingFlags,
  /**
   * Only for young people who have finished compulsory school: 15–17-year-olds are then judged by
   * the rules for young people out of school, and matching suggests only youth recorded as out of
   * school. Omitted on a new opening: true for an apprenticeship (which must be), else false.
   */
  onlyOutOfCompulsorySchool: z.boolean().optional(),
};
const withDefaults = {
  ...openingFields,
  tasks: openingFields.tasks.default(''),
  taskTags: openingFields.taskTags.default([]),
  requirements: openingFields.requirements.default(''),
  weeklySchedule: openingFields.weeklySchedule.default([]),
  places: openingFields.places.default(1),
  flags: z
    .object({
      lightWorkOnly: flagFields.lightWorkOnly.default(false),
      machinesOrChemicals: flagFields.machinesOrChemicals.default(false),
      riskAssessmentDoneOn: flagFields.riskAssessmentDoneOn.default(null),
      alcoholServed: flagFields.alcoholServed.default(false),
      liftingOver12kg: flagFields.liftingOver12kg.default(false),
      loneWork: flagFields.loneWork.default(false),
      moneyHandling: flagFields.moneyHandling.default(false),
      contactWithChildrenUnder15: flagFields.contactWithChildrenUnder15.default(false),
      childProtectionCertificate: flagFields.childProtectionCertificate.default(false),
    })
    .default(NO_FLAGS),
};

function consistent(o: OpeningShape, ctx: z.RefinementCtx): void {
  for (const issue of openingConsistencyIssues(o)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.code });
}

/** What an employer proposes: everything but the status (it is always `proposed`). */
export const proposeOpeningBody = z.object(withDefaults).superRefine(consistent);
export const createOpeningBody = z.object({ ...withDefaults, status: z.enum(['draft', 'open']).default('draft') }).superRefine(consistent);
/** Partial, with the version read; cross-field rules are checked by the server on the merged result. */
export const updateOpeningBody = z
  .object(openingFields)
  .partial()
  .extend({ flags: openingFlags.partial().optional(), version: z.number().int().min(1) });

export const openingStatusBody = z.object({ status: z.enum(['open', 'filled', 'closed']), version: z.number().int().min(1) });
export const approveOpeningBody = z.object({ status: z.enum(['open', 'draft']).default('open'), version: z.number().int().min(1) });
export const rejectOpeningBody = z.object({ reason: required(2000), version: z.number().int().min(1) });

export const openingsQuery = z.object({
  status: openingStatus.optional(),
  companyId: uuid.optional(),
  kind: openingKind.optional(),
  step: z.coerce.number().int().min(1).max(4).optional(),
});

export const refusal = z.object({ code: z.enum(OPENING_LEGALITY_CODES), message: z.string(), messageEn: z.string() });

export const opening = z.object({
  id: uuid,
  programmeId: uuid,
  organisationId: uuid,
  organisationName: z.string(),
  companyId: uuid.nullable(),
  workplaceId: uuid,
  workplaceName: z.string(),
  workplacePostalCode: z.string(),
  kind: openingKind,
  ladderStep: z.number().int().nullable(),
  title: z.string(),
  tasks: z.string(),
  taskTags: z.array(z.enum(WORK_AREAS)),
  requirements: z.string(),
  minAge: z.number().int(),
  maxAge: z.number().int().nullable(),
  hoursPerWeek: z.number(),
  weeklySchedule: z.array(z.object({ weekday: z.number().int(), start: z.string(), end: z.string(), breakMinutes: z.number().int() })),
  places: z.number().int(),
  startsOn: isoDate,
  endsOn: isoDate,
  wagePerHour: z.number().nullable(),
  wagePayer: wagePayer.nullable(),
  adultStaffPresent: z.boolean(),
  onlyOutOfCompulsorySchool: z.boolean(),
  flags: z.object({
    lightWorkOnly: z.boolean(),
    machinesOrChemicals: z.boolean(),
    riskAssessmentDoneOn: isoDate.nullable(),
    alcoholServed: z.boolean(),
    liftingOver12kg: z.boolean(),
    loneWork: z.boolean(),
    moneyHandling: z.boolean(),
    contactWithChildrenUnder15: z.boolean(),
    childProtectionCertificate: z.boolean(),
  }),
  status: openingStatus,
  /** Why it may not be opened now; empty when it is legal. Drafts and proposals may carry some. */
  refusals: z.array(refusal),
  rejectionReason: z.string().nullable(),
  proposedBy: uuid.nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const openingList = z.object({ openings: z.array(opening) });
export const openingBoard = z.object({
  columns: z.array(z.object({ status: openingStatus, count: z.number().int(), openings: z.array(opening) })),
});

// --- Profiles and the employer portal --------------------------------------------------------------

export const companyProfile = company.extend({
  workplaces: z.array(workplace),
  openings: z.array(opening),
  /** Placements arrive with the placements issue; always empty until then. */
  placements: z.array(z.never()),
  commitments: z.array(commitment),
  contacts: z.array(contact),
  pendingContacts: z.array(pendingContact),
  mentors: z.array(mentor),
  notes: z.array(note),
});

export const employerCompanySummary = z.object({
  id: uuid,
  programmeId: uuid,
  programmeName: z.string(),
  name: z.string(),
  cvr: z.string(),
});
export const employerCompany = employerCompanySummary.extend({
  industry: z.string(),
  workplaces: z.array(workplace),
  openings: z.array(opening),
  placements: z.array(z.never()),
  commitments: z.array(commitment),
  mentors: z.array(mentor),
});

export const mentoringRecord = mentor.extend({ programmeName: z.string() });

export const postalCodeInfo = z.object({ code: z.string(), name: z.string(), municipalityCode: z.string() });
