import { z } from 'zod';
import { SUPPORT_CATEGORIES, SUPPORT_SEVERITIES, SUPPORT_STATUSES } from '../domain/placements/sla.ts';
import { isoDate, uuid } from './common.ts';
import { phone } from './people.ts';

/** The employer hotline: support requests on a placement, their notes, resolution and statistics (server/modules/support-requests). */

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => text(max).min(1, { error: 'text_required' });
const timestamp = z.string();

export const supportCategory = z.enum(SUPPORT_CATEGORIES);
export const supportSeverity = z.enum(SUPPORT_SEVERITIES);

export const createSupportRequestBody = z.object({
  category: supportCategory,
  severity: supportSeverity,
  description: required(5000),
  /** Where the hotline can call the person asking back; a mentor's own number is used when omitted. */
  contactPhone: phone.nullable().optional(),
});
export const supportNoteBody = z.object({ text: required(5000) });
export const resolveSupportRequestBody = z.object({ resolution: required(5000) });
export const supportRequestsQuery = z.object({ status: z.enum(SUPPORT_STATUSES).optional(), placementId: uuid.optional() });

export const supportRequest = z.object({
  id: uuid,
  programmeId: uuid,
  placementId: uuid,
  raisedBy: uuid,
  raisedAs: z.enum(['employer', 'mentor', 'coordinator']),
  category: supportCategory,
  severity: supportSeverity,
  description: z.string(),
  status: z.enum(SUPPORT_STATUSES),
  raisedAt: timestamp,
  dueAt: timestamp,
  firstResponseAt: timestamp.nullable(),
  acknowledgedAt: timestamp.nullable(),
  resolvedAt: timestamp.nullable(),
  resolution: z.string().nullable(),
  escalatedAt: timestamp.nullable(),
  breached: z.boolean(),
  /**
   * Minutes left before the deadline (negative once past), counted as the target counts them:
   * clock minutes for urgent requests, working minutes for normal ones; null once answered.
   */
  minutesLeft: z.number().nullable(),
  /** Whether the deadline counts clock hours (urgent) or only working hours (normal). */
  targetCounted: z.enum(['clock', 'working']),
  /** The company whose placement it is, the person who asked, and the number to call them on. */
  organisationName: z.string(),
  contactName: z.string(),
  contactPhone: z.string().nullable(),
  /**
   * For an urgent or safety request: the programme's hotline number to call now (a placement
   * setting); null when the programme has none, or the request is neither.
   */
  callNowPhone: z.string().nullable(),
  notes: z.array(z.object({ id: uuid, authorUserId: uuid.nullable(), text: z.string(), createdAt: timestamp })),
});
export type SupportRequest = z.infer<typeof supportRequest>;
export const supportRequestList = z.object({ requests: z.array(supportRequest) });
export const supportStatsQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
export const supportStats = z.object({
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  count: z.number(),
  byCategory: z.record(supportCategory, z.number()),
  bySeverity: z.record(supportSeverity, z.number()),
  answered: z.number(),
  medianFirstResponseHours: z.number().nullable(),
  withinTargetShare: z.number().nullable(),
  openBreached: z.number(),
});
