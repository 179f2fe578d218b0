import { z } from 'zod';
import { SUPPORT_CATEGORIES, SUPPORT_SEVERITIES, SUPPORT_STATUSES } from '../domain/placements/sla.ts';
import { isoDate, uuid } from './common.ts';

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
  /** Working minutes left before the deadline (negative once past); null once answered. */
  workingMinutesLeft: z.number().nullable(),
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
