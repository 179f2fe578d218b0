import { z } from 'zod';
import { ACTIVITY_KINDS } from '../domain/activities/funnel.ts';

/** Request and response shapes of activities, their sessions, invitations, attendance and funnel (server/modules/activities). */

export { ACTIVITY_KINDS };
export const ACTIVITY_PARTICIPANT_STATUSES = ['invited', 'registered', 'declined', 'cancelled'] as const;

/** Europe/Copenhagen wall clock, 'YYYY-MM-DDTHH:mm'. */
const localDateTime = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'datetime_format' });
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  text(max)
    .transform((v) => v || null)
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const sessionInput = z
  .object({
    /** Present when editing an existing session; sessions left out of an edit are removed. */
    id: z.uuid().optional(),
    startsAt: localDateTime,
    endsAt: localDateTime,
  })
  .refine((s) => s.endsAt > s.startsAt, { error: 'session_ends_before_start', path: ['endsAt'] });

export const activityBody = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  title: text(200).min(1, { error: 'required' }),
  description: optionalText(4000),
  place: optionalText(300),
  siteId: z
    .uuid()
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  hostCompanyId: z
    .uuid()
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  capacity: z
    .int()
    .min(1)
    .max(10000)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  sessions: z.array(sessionInput).min(1, { error: 'sessions_required' }).max(100),
});

export const listQuery = z.object({
  kind: z.enum(ACTIVITY_KINDS).optional(),
  siteId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  when: z.enum(['upcoming', 'past']).optional(),
  includeCancelled: z.stringbool().optional(),
});

export const session = z.object({
  id: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  presentCount: z.number(),
  recordedCount: z.number(),
});

export const activitySummary = z.object({
  id: z.uuid(),
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string(),
  place: z.string().nullable(),
  siteId: z.uuid().nullable(),
  siteName: z.string().nullable(),
  hostCompanyId: z.uuid().nullable(),
  hostCompanyName: z.string().nullable(),
  capacity: z.number().nullable(),
  cancelled: z.boolean(),
  firstStartsAt: z.string().nullable(),
  lastEndsAt: z.string().nullable(),
  sessionCount: z.number(),
  registeredCount: z.number(),
  invitedCount: z.number(),
});

export const activityParticipant = z.object({
  participantId: z.uuid(),
  name: z.string(),
  status: z.enum(ACTIVITY_PARTICIPANT_STATUSES),
  invitedAt: z.string(),
  registeredAt: z.string().nullable(),
});

export const activityDetail = activitySummary.extend({
  description: z.string().nullable(),
  sessions: z.array(session),
  participants: z.array(activityParticipant),
});

export const activityList = z.object({ items: z.array(activitySummary) });

export const inviteBody = z.object({ participantIds: z.array(z.uuid()).min(1).max(500) });
export const inviteResult = z.object({ invited: z.number(), alreadyInvited: z.number(), activity: activityDetail });

export const participantStatusBody = z.object({ status: z.enum(['registered', 'declined', 'cancelled', 'invited']) });

export const attendanceBody = z.object({
  marks: z
    .array(z.object({ participantId: z.uuid(), present: z.boolean() }))
    .min(1)
    .max(500),
});

export const attendance = z.object({
  sessionId: z.uuid(),
  activityId: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  activityTitle: z.string(),
  people: z.array(
    z.object({
      participantId: z.uuid(),
      name: z.string(),
      status: z.enum(ACTIVITY_PARTICIPANT_STATUSES),
      present: z.boolean().nullable(),
    }),
  ),
});

export const funnelQuery = z
  .object({ from: z.iso.date(), to: z.iso.date(), siteId: z.uuid().optional() })
  .refine((q) => q.to >= q.from, { error: 'period_reversed', path: ['to'] });

/** A count as published: the exact number, or suppressed (1–4 people, for aggregate-only roles). */
const published = z.object({ value: z.number().nullable(), suppressed: z.boolean() });
const stage = published.extend({ medianDays: z.number().nullable() });

export const funnel = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  siteId: z.uuid().nullable(),
  /** True when counts of 1–4 are hidden (funder and evaluator roles). */
  suppressed: z.boolean(),
  rows: z.array(z.object({ kind: z.enum(ACTIVITY_KINDS), attendees: published, placed: stage, completed: stage, education: stage })),
});
