import type { z } from 'zod';
import type { ExactDashboard } from '../../../shared/domain/kpis/dashboard.ts';
import type { Member } from '../../../shared/domain/kpis/figures.ts';
import { publishDashboard, type Audience } from '../../../shared/domain/kpis/publish.ts';
import type { Dashboard, outcomeRecord, recordsResponse, target } from '../../../shared/schemas/outcomes.ts';
import type { FigureKey } from '../../../shared/domain/kpis/types.ts';
import type { listTargets, personLabels, placementLabels } from './repository.ts';

/** Maps computed figures and rows to responses; suppression is applied here for aggregate audiences. */

export type Filters = { siteId?: string; step?: number; track?: string; ageBand?: string };

export function presentDashboard(programmeId: string, exact: ExactDashboard, filters: Filters, audience: Audience): Dashboard {
  const d = publishDashboard(exact, audience);
  return {
    programmeId,
    period: d.period,
    filters: { siteId: filters.siteId ?? null, step: filters.step ?? null, track: filters.track ?? null, ageBand: filters.ageBand ?? null },
    audience: d.audience,
    figures: d.figures,
    steps: d.steps,
    outcomes: d.outcomes,
    hoursByPayer: d.hoursByPayer,
    mentorCosts: d.mentorCosts,
    support: d.support,
    completion: d.completion,
  };
}

export function presentTargets(rows: Awaited<ReturnType<typeof listTargets>>): { targets: Array<z.infer<typeof target>> } {
  return {
    targets: rows.map((r) => ({
      key: r.figure_key as FigureKey,
      periodFrom: r.period_from,
      periodTo: r.period_to,
      value: Number(r.value),
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
  };
}

type Persons = Awaited<ReturnType<typeof personLabels>>;
type Placements = Awaited<ReturnType<typeof placementLabels>>;

/**
 * The records behind a figure, as a coordinator may see them: name, site, placement and dates —
 * nothing else from the person's record. Hours are summed per placement; programme-level members
 * (a commitment, a hosted session) have no person and are left out of the list.
 */
export function presentRecords(
  figure: FigureKey,
  members: readonly Member[],
  persons: Persons,
  placements: Placements,
): z.infer<typeof recordsResponse> {
  const rows = new Map<string, z.infer<typeof outcomeRecord>>();
  for (const m of members) {
    if (!m.participantId) continue;
    const person = persons.get(m.participantId);
    if (!person) continue;
    const id = figure === 'hours' ? `${m.placementId}` : `${m.participantId}:${m.placementId}:${m.countedOn}:${m.key}`;
    const existing = rows.get(id);
    if (existing) {
      existing.hours = Math.round(((existing.hours ?? 0) + (m.hours ?? 0)) * 100) / 100;
      if (m.countedOn && (!existing.countedOn || m.countedOn > existing.countedOn)) existing.countedOn = m.countedOn;
      continue;
    }
    const pl = m.placementId ? placements.get(m.placementId) : undefined;
    rows.set(id, {
      participantId: m.participantId,
      name: person.name,
      siteName: person.siteName,
      anonymised: person.anonymised,
      placementId: m.placementId,
      placementTitle: pl?.title ?? null,
      workplaceName: pl?.workplaceName ?? null,
      startsOn: pl?.startsOn ?? null,
      endsOn: pl?.endsOn ?? null,
      countedOn: m.countedOn,
      hours: figure === 'hours' ? Math.round((m.hours ?? 0) * 100) / 100 : null,
    });
  }
  const records = [...rows.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'da') || (a.countedOn ?? '').localeCompare(b.countedOn ?? ''),
  );
  return { figure, total: records.length, records };
}
