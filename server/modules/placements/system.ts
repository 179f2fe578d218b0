import type { Ctx, Services } from '../../http/context.ts';

/** A request-less context for scheduled jobs' audit events and notices (no actor: the system did it). */
export function systemCtx(services: Services, requestId: string): Ctx {
  return { ...services, actor: null, pendingSessionId: null, pendingUserId: null, requestId, ip: 'system', userAgent: null };
}
