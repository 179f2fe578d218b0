import type { Tx } from '../../../db/tenant.ts';

/** The subject types the audit log can name and link to: each has a page of its own. */
export const NAMED_SUBJECTS = ['participant', 'placement', 'company', 'opening', 'activity', 'match_round'] as const;
export type NamedSubject = (typeof NAMED_SUBJECTS)[number];

export interface SubjectName {
  label: string;
  /** A dated subject (a match round) is named by its date, which the reader formats. */
  on: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Names of the subjects on one page of the log, keyed `type:id`, read in the caller's tenant (so
 * only rows of programmes they belong to). Subjects that no longer exist simply get no name.
 */
export async function subjectNames(trx: Tx, ids: Readonly<Record<NamedSubject, readonly string[]>>): Promise<Map<string, SubjectName>> {
  const names = new Map<string, SubjectName>();
  const only = (list: readonly string[]) => [...new Set(list.filter((id) => UUID.test(id)))];
  const put = (type: NamedSubject, rows: Array<{ id: string; label: string; on?: string | null }>) => {
    for (const r of rows) names.set(`${type}:${r.id}`, { label: r.label, on: r.on ?? null });
  };
  const participants = only(ids.participant);
  if (participants.length > 0) {
    const rows = await trx.selectFrom('participants').select(['id', 'first_name', 'last_name']).where('id', 'in', participants).execute();
    put(
      'participant',
      rows.map((r) => ({ id: r.id, label: `${r.first_name} ${r.last_name}` })),
    );
  }
  const placements = only(ids.placement);
  if (placements.length > 0) {
    const rows = await trx
      .selectFrom('placements as p')
      .innerJoin('openings as o', 'o.id', 'p.opening_id')
      .select(['p.id', 'o.title'])
      .where('p.id', 'in', placements)
      .execute();
    put(
      'placement',
      rows.map((r) => ({ id: r.id, label: r.title })),
    );
  }
  const companies = only(ids.company);
  if (companies.length > 0) {
    const rows = await trx.selectFrom('companies').select(['id', 'name']).where('id', 'in', companies).execute();
    put(
      'company',
      rows.map((r) => ({ id: r.id, label: r.name })),
    );
  }
  const openings = only(ids.opening);
  if (openings.length > 0) {
    const rows = await trx.selectFrom('openings').select(['id', 'title']).where('id', 'in', openings).execute();
    put(
      'opening',
      rows.map((r) => ({ id: r.id, label: r.title })),
    );
  }
  const activities = only(ids.activity);
  if (activities.length > 0) {
    const rows = await trx.selectFrom('activities').select(['id', 'title']).where('id', 'in', activities).execute();
    put(
      'activity',
      rows.map((r) => ({ id: r.id, label: r.title })),
    );
  }
  const rounds = only(ids.match_round);
  if (rounds.length > 0) {
    const rows = await trx.selectFrom('match_rounds').select(['id', 'on_date']).where('id', 'in', rounds).execute();
    put(
      'match_round',
      rows.map((r) => ({ id: r.id, label: r.on_date, on: r.on_date })),
    );
  }
  return names;
}
