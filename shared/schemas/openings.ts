import { z } from 'zod';
import { OPENING_LEGALITY_CODES } from '../domain/employers/legality.ts';
import { OPENING_KINDS, OPENING_STATUSES, openingConsistencyIssues, WAGE_PAYERS, type OpeningShape } from '../domain/employers/openings.ts';
import { WORK_AREAS, isWorkArea } from '../domain/employers/work-areas.ts';
import { NO_RISK_FLAGS } from '../domain/youth-rules/opening.ts';
import { isoDate, uuid } from './common.ts';

/**
 * Openings: creation, employer proposals and approval, the status board and the legality check
 * (server/modules/openings). Companies and placements reuse the opening's vocabularies and schedule.
 *
 * Validation issue codes (in `details.issues[].code`, translated by the UI under `validation.<code>`):
 * `time_format`, `weekday_range`, `break_longer_than_shift`, `work_area_unknown`, `ladder_step_mismatch`,
 * `max_age_below_min`, `end_before_start`, `date_before_rules` (a start before the first young-worker
 * rules), `apprenticeship_out_of_school_only` (onlyOutOfCompulsorySchool false on an apprenticeship),
 * `workplace_unknown`, `text_required`.
 */

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1, { error: 'text_required' });

export const wagePayer = z.enum(WAGE_PAYERS);
export const openingKind = z.enum(OPENING_KINDS);
export const openingStatus = z.enum(OPENING_STATUSES);
export const workArea = z.string().refine(isWorkArea, { error: 'work_area_unknown' });

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
export const openingFlags = z.object(flagFields);
export type OpeningFlags = z.infer<typeof openingFlags>;
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
    .default(NO_RISK_FLAGS),
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
  flags: openingFlags,
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
export type OpeningBoard = z.infer<typeof openingBoard>;
