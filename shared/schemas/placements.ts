import { z } from 'zod';
import { ADULT_TRACKS, EDUCATION_STATUSES, TALK_VISIBILITIES } from '../domain/participants/constants.ts';
import { ACTION_NAMES, type PlacementAction } from '../domain/placements/machine.ts';
import {
  DECLINING_PARTIES,
  END_REASONS,
  OUTCOMES,
  PARTIES,
  PAYERS,
  PLACEMENT_STATUSES,
  REQUESTABLE_DECLINE_REASONS,
  DECLINE_REASONS,
} from '../domain/placements/states.ts';
import { isoDate, uuid } from './common.ts';
import { scheduleEntry } from './openings.ts';

/**
 * Placements (forløb), their follow-ups and mentor hours (server/modules/placements): request and
 * response shapes shared by server and web.
 *
 * Validation issue codes (in `details.issues[].code`): `text_required`, `end_before_start`, and from
 * the server: `participant_unknown`, `opening_unknown`, `age_outside_opening`, `mentor_unknown`,
 * `talk_unknown`, and the date rules of shared/domain/placements/dates.ts: `placement_start_unknown`,
 * `date_before_placement_start`, `date_after_placement_end`, `date_not_worked_yet`, `follow_up_held_before_due`,
 * `date_in_future`.
 */

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1, { error: 'text_required' });
const version = z.number().int().min(1);
const timestamp = z.string();

export const placementStatus = z.enum(PLACEMENT_STATUSES);
export const payer = z.enum(PAYERS);
export const party = z.enum(PARTIES);

export const matchReason = z.object({
  code: required(60),
  value: z
    .union([text(200), z.number()])
    .nullable()
    .optional(),
});

export const createPlacementBody = z.object({
  participantId: uuid,
  openingId: uuid,
  matchReasons: z.array(matchReason).max(20).default([]),
});

export const placementListQuery = z.object({
  status: placementStatus.optional(),
  openingId: uuid.optional(),
  participantId: uuid.optional(),
});

/** The agreement a coordinator confirms. Without `endsOn` it runs six months from the start. */
export const agreementInput = z
  .object({
    startsOn: isoDate,
    endsOn: isoDate.nullable().optional(),
    hoursPerWeek: z.number().gt(0).max(60),
    weeklySchedule: z.array(scheduleEntry).max(21),
    wagePerHour: z.number().min(0).max(10_000).nullable().optional(),
    wagePayer: payer.nullable().optional(),
    mentorId: uuid.nullable().optional(),
  })
  .superRefine((a, ctx) => {
    if (a.endsOn && a.endsOn < a.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'end_before_start' });
  });

const note = text(2000).optional();

/** A move to another status: send the `version` you read (409 `version_conflict` if it changed). */
export const transitionBody = z.discriminatedUnion('to', [
  z.object({ to: z.literal('interview'), version, note }),
  z.object({ to: z.literal('offered'), version, note }),
  z.object({ to: z.literal('agreed'), version, note, agreement: agreementInput }),
  z.object({ to: z.literal('active'), version, note }),
  z.object({ to: z.literal('completed'), version, note, outcome: z.enum(OUTCOMES) }),
  z.object({ to: z.literal('ended_early'), version, note, reason: z.enum(END_REASONS) }),
  z.object({
    to: z.literal('declined'),
    version,
    note,
    reason: z.enum(REQUESTABLE_DECLINE_REASONS),
    /** Coordinators may record who actually said no (after a phone call); others decline as themselves. */
    declinedBy: z.enum(['participant', 'guardian', 'employer', 'coordinator']).optional(),
  }),
]);
export type TransitionBody = z.output<typeof transitionBody>;

/** The person's (or, under 15, a guardian's) answer to a proposal; "no" declines it. */
export const answerBody = z.object({
  answer: z.enum(['yes', 'no']),
  version,
  reason: z.enum(REQUESTABLE_DECLINE_REASONS).default('not_interested'),
  note,
});

/** Taking back one's own "Nej tak": the version read, so a step by someone else in between wins. */
export const undoDeclineBody = z.object({ version });

const sharedContact = z.object({ email: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable() });
const sharedEducation = z.object({
  school: z.string().nullable(),
  educationStatus: z.enum(EDUCATION_STATUSES).nullable(),
  compulsorySchool: z.boolean().nullable(),
});
const sharedProfile = z.object({
  interests: z.array(z.string()),
  skills: z.array(z.string()),
  languages: z.array(z.string()),
  availability: z.array(z.string()),
});
const sharedEmployment = z.object({ maxWeeklyHours: z.number().nullable(), flexJobApproved: z.boolean().nullable() });

/** What an employer contact or mentor sees of the person: the minimum, plus what consents share. */
export const candidate = z.object({
  firstName: z.string(),
  age: z.number().int(),
  kind: z.enum(['youth', 'adult']),
  step: z.number().int().nullable(),
  track: z.enum(ADULT_TRACKS).nullable(),
  sharedCategories: z.array(z.enum(['contact', 'education', 'profile', 'employment'])),
  /** The coordinator who proposed the person: whom to contact when the person's own details are not shared. */
  coordinator: z.object({ name: z.string(), email: z.string().nullable() }).nullable(),
  contact: sharedContact.optional(),
  education: sharedEducation.optional(),
  profile: sharedProfile.optional(),
  employment: sharedEmployment.optional(),
});

export const agreement = z.object({
  startsOn: isoDate,
  endsOn: isoDate,
  hoursPerWeek: z.number(),
  weeklySchedule: z.array(z.object({ weekday: z.number().int(), start: z.string(), end: z.string(), breakMinutes: z.number().int() })),
  wagePerHour: z.number().nullable(),
  wagePayer: payer.nullable(),
  mentor: z.object({ id: uuid, name: z.string() }).nullable(),
  agreedAt: timestamp.nullable(),
});

export const placement = z.object({
  id: uuid,
  programmeId: uuid,
  status: placementStatus,
  version: z.number().int(),
  opening: z.object({
    id: uuid,
    title: z.string(),
    kind: z.string(),
    organisationId: uuid,
    organisationName: z.string(),
    workplaceName: z.string(),
  }),
  /** The opening's facts, so a proposal can be judged before it is answered (distance: not for employers). */
  job: z.object({
    tasks: z.string(),
    address: z.string(),
    postalCode: z.string(),
    hoursPerWeek: z.number(),
    weeklySchedule: z.array(z.object({ weekday: z.number().int(), start: z.string(), end: z.string(), breakMinutes: z.number().int() })),
    wagePerHour: z.number().nullable(),
    wagePayer: payer.nullable(),
    startsOn: isoDate,
    endsOn: isoDate,
    distance: z.object({ km: z.number(), from: z.string() }).nullable(),
  }),
  /** Staff and the person themselves: who it is. */
  participant: z.object({ id: uuid, firstName: z.string(), lastName: z.string() }).optional(),
  /** Employer contacts and mentors: the data-minimised candidate. */
  candidate: candidate.optional(),
  matchReasons: z.array(matchReason),
  participantAcceptedAt: timestamp.nullable(),
  statusChangedAt: timestamp,
  staleFlaggedAt: timestamp.nullable(),
  agreement: agreement.nullable(),
  activatedAt: timestamp.nullable(),
  endedOn: isoDate.nullable(),
  endReason: z.enum(END_REASONS).nullable(),
  declineReason: z.enum(DECLINE_REASONS).nullable(),
  declinedBy: z.enum(DECLINING_PARTIES).nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  /** After completion: the ladder step to suggest (youth), never applied automatically. */
  suggestedStep: z.number().int().nullable(),
  /** The part the caller plays on this placement, and the actions the machine lets them take now. */
  actingAs: party,
  allowedActions: z.array(z.enum(ACTION_NAMES as [PlacementAction, ...PlacementAction[]])),
  createdAt: timestamp,
});

export const placementEvent = z.object({
  id: uuid,
  action: z.string(),
  fromStatus: placementStatus.nullable(),
  toStatus: placementStatus,
  party,
  actorUserId: uuid.nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
  at: timestamp,
});
export type PlacementEvent = z.infer<typeof placementEvent>;

export const followUp = z.object({
  id: uuid,
  placementId: uuid,
  code: z.string(),
  dueOn: isoDate,
  talkId: uuid.nullable(),
  completedAt: timestamp.nullable(),
  cancelledAt: timestamp.nullable(),
  overdue: z.boolean(),
});
export type FollowUp = z.infer<typeof followUp>;

export const placementDetail = placement.extend({
  events: z.array(placementEvent),
  followUps: z.array(followUp),
  /** The caller may still take back their own no (POST …/undo-decline). */
  canUndoDecline: z.boolean(),
});
export const placementList = z.object({ placements: z.array(placement) });

/** Completing a follow-up links the talk it was held in: an existing talk, or one written now. */
export const completeFollowUpBody = z.union([
  z.object({ talkId: uuid }),
  z.object({ talk: z.object({ heldOn: isoDate, summary: required(5000), visibility: z.enum(TALK_VISIBILITIES).default('coordinators') }) }),
]);

export const dueFollowUpsQuery = z.object({ withinDays: z.coerce.number().int().min(0).max(90).default(0) });
export const dueFollowUp = followUp.extend({
  participantId: uuid,
  firstName: z.string(),
  lastName: z.string(),
  openingTitle: z.string(),
});
export const dueFollowUpList = z.object({ today: isoDate, followUps: z.array(dueFollowUp) });
export type DueFollowUps = z.infer<typeof dueFollowUpList>;

// --- Mentor hours --------------------------------------------------------------------------------

export const mentorHoursBody = z.object({
  workedOn: isoDate,
  hours: z.number().gt(0).max(24).multipleOf(0.01),
  note: text(1000).optional(),
});
export const mentorHoursEntry = z.object({
  id: uuid,
  placementId: uuid,
  mentorId: uuid.nullable(),
  mentorName: z.string(),
  workedOn: isoDate,
  hours: z.number(),
  ratePerHour: z.number(),
  payer,
  cost: z.number(),
  note: z.string().nullable(),
});
export type MentorHoursEntry = z.infer<typeof mentorHoursEntry>;
export const mentorHoursList = z.object({ entries: z.array(mentorHoursEntry) });
export const mentorCostsQuery = z.object({ from: isoDate.optional(), to: isoDate.optional(), placementId: uuid.optional() });
const costLine = { hours: z.number(), cost: z.number() };
export const mentorCostsSummary = z.object({
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  ...costLine,
  byPayer: z.array(z.object({ payer, ...costLine })),
  byMonth: z.array(z.object({ month: z.string(), ...costLine })),
  byPayerMonth: z.array(z.object({ payer, month: z.string(), ...costLine })),
});
export type MentorCosts = z.infer<typeof mentorCostsSummary>;
