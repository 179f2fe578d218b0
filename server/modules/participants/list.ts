import type { z } from 'zod';
import { ageBand } from '../../../shared/domain/participants/dates.ts';
import { nameMatchScore } from '../../../shared/domain/participants/names.ts';
import { attentionByParticipant, type AttentionReason } from '../../../shared/domain/participants/todo.ts';
import type { participantListQuery } from '../../../shared/schemas/participants.ts';
import type { Ctx } from '../../http/context.ts';
import { requireViewer, sharedCategories } from '../people/index.ts';
import { recordAudit } from '../audit/index.ts';
import { programmeTodo } from '../todo/index.ts';
import { today } from '../../lib/clock.ts';
import { presentListItem } from './presenter.ts';
import * as repo from './repository.ts';

type ListQuery = z.infer<typeof participantListQuery>;

/**
 * The coordinator's list: SQL does the exact filters, TypeScript the age band, the attention flags
 * (same computation as the to-do list) and the typo-tolerant name search, ranked by similarity.
 * A caseworker sees only people whose job-centre consent covers them. Every search is audited with
 * its criteria, including the search text (the coordinator's own words, not data from the record).
 */
export async function listParticipants(ctx: Ctx, programmeId: string, query: ListQuery) {
  const v = requireViewer(ctx, programmeId, 'participant.list');
  const date = today();
  return v.tx(async (trx) => {
    let rows = await repo.listRows(trx, programmeId, query);
    const shared = new Map<string, boolean>();
    if (!v.full) {
      const consents = await repo.jobCentreConsents(trx, programmeId);
      const byPerson = new Map<string, repo.JobCentreConsentRow[]>();
      for (const c of consents) byPerson.set(c.participant_id, [...(byPerson.get(c.participant_id) ?? []), c]);
      rows = rows.filter((r) => {
        const cats = sharedCategories(v, byPerson.get(r.id) ?? [], date);
        shared.set(r.id, cats.includes('profile'));
        return cats.length > 0;
      });
    }
    const attention = v.full ? attentionByParticipant(await programmeTodo(trx, programmeId, date)) : new Map<string, AttentionReason[]>();
    if (query.ageBand) rows = rows.filter((r) => ageBand(r.birth_date, date) === query.ageBand);
    if (query.needsAttention !== undefined) rows = rows.filter((r) => attention.has(r.id) === query.needsAttention);
    let scored = rows.map((r) => ({ r, score: null as number | null }));
    if (query.q) {
      scored = rows
        .map((r) => ({ r, score: nameMatchScore(query.q!, { firstName: r.first_name, lastName: r.last_name }) }))
        .filter((x) => x.score !== null)
        .sort((a, b) => b.score! - a.score!);
    }
    const page = scored.slice(query.offset, query.offset + query.limit);
    const { limit, offset, ...criteria } = query;
    await recordAudit(trx, ctx, { action: 'search', subjectType: 'participant', programmeId, details: { criteria, count: scored.length } });
    return {
      participants: page.map(({ r, score }) =>
        presentListItem(r, v, date, {
          attention: attention.get(r.id) ?? [],
          score: score === null ? null : Math.round(score * 1000) / 1000,
          showInterests: v.full || shared.get(r.id) === true,
        }),
      ),
      total: scored.length,
      limit,
      offset,
    };
  });
}
