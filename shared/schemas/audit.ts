import { z } from 'zod';
import { isoDate, uuid } from './common.ts';

export const AUDIT_ACTIONS = ['read', 'search', 'create', 'update', 'delete', 'export', 'login', 'login_failed', 'logout'] as const;

export const auditEvent = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: uuid.nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  programmeId: uuid.nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const auditQuery = z.object({
  programmeId: uuid.optional(),
  actorUserId: uuid.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  subjectType: z.string().max(60).optional(),
  subjectId: z.string().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().regex(/^\d+$/).optional(),
});
export const auditPage = z.object({ events: z.array(auditEvent), nextBefore: z.string().nullable() });
