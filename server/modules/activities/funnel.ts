import type { z } from 'zod';
import { computeFunnel, type ActivityKind, type FunnelStage } from '../../../shared/domain/activities/funnel.ts';
import { copenhagenLocalDateTime } from '../../../shared/domain/calendar/local-time.ts';
import { publishCount } from '../../../shared/domain/kpis/suppression.ts';
import type { Role } from '../../../shared/domain/access/roles.ts';
import type { funnelQuery } from '../../../shared/schemas/activities.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction, rolesIn } from '../../lib/access/index.ts';
import * as repo from './repository.ts';

/** Roles that may see exact small counts; everyone else with outcomes.read sees cells under 5 suppressed. */
const EXACT_ROLES: readonly Role[] = ['administrator', 'coordinator'];

/**
 * The attribution funnel per activity kind (counting rule: docs/kpis.md, "Activity funnel").
 * Funders and evaluators get counts of 1–4 suppressed, and a suppressed stage's median with it
 * (a median of fewer than 5 people describes individuals); staff see exact counts.
 */
export async function getFunnel(ctx: Ctx, programmeId: string, query: z.output<typeof funnelQuery>, now = new Date()) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'outcomes.read');
  const exact = rolesIn(actor, programmeId).some((r) => EXACT_ROLES.includes(r));
  return tx(async (trx) => {
    if (query.siteId && !(await repo.siteExists(trx, programmeId, query.siteId))) throw errors.notFound('site');
    const attendances = await repo.funnelAttendances(trx, programmeId, query.from, query.to, query.siteId);
    const people = [...new Set(attendances.filter((a) => a.present).map((a) => a.participant_id))];
    const placements = await repo.funnelPlacements(trx, programmeId, people);
    const rows = computeFunnel({
      from: query.from,
      to: query.to,
      now: copenhagenLocalDateTime(now),
      attendances: attendances.map((a) => ({
        participantId: a.participant_id,
        kind: a.kind as ActivityKind,
        sessionStartsAt: a.starts_at,
        present: a.present,
      })),
      placements: placements.map((p) => ({
        participantId: p.participant_id,
        status: p.status,
        activatedAt: p.activated_at,
        endedOn: p.ended_on,
        outcome: p.outcome,
        endReason: p.end_reason,
      })),
    });
    const count = (n: number) => (exact ? { value: n, suppressed: false } : publishCount(n));
    const stage = (s: FunnelStage) => {
      const c = count(s.count);
      return { ...c, medianDays: c.suppressed ? null : s.medianDays };
    };
    return {
      from: query.from,
      to: query.to,
      siteId: query.siteId ?? null,
      suppressed: !exact,
      rows: rows.map((r) => ({
        kind: r.kind,
        attendees: count(r.attendees),
        placed: stage(r.placed),
        completed: stage(r.completed),
        education: stage(r.education),
      })),
    };
  });
}
