import { sql } from 'kysely';
import type { Tx } from '../../../db/tenant.ts';
import { lastTalkOn } from '../talks/index.ts';

// The person's own rows live in the people module; the participant services keep calling them as `repo.*`.
export {
  findCpr,
  findParticipant,
  insertLadderEvent,
  insertParticipant,
  knownWorkAreas,
  jobCentreConsents,
  lastLadderDate,
  listLadderEvents,
  updateParticipant,
  type JobCentreConsentRow,
  type LadderEventRow,
  type ParticipantRow,
} from '../people/index.ts';

export function siteInProgramme(trx: Tx, programmeId: string, siteId: string) {
  return trx
    .selectFrom('sites')
    .select('id')
    .where((eb) => eb.and({ programme_id: programmeId, id: siteId }))
    .executeTakeFirst();
}

export function listWorkAreas(trx: Tx) {
  return trx.selectFrom('work_areas').select(['code', 'name_da', 'name_en', 'education_area']).orderBy('sort_order').execute();
}
export type WorkAreaRow = Awaited<ReturnType<typeof listWorkAreas>>[number];

export interface ListFilter {
  site?: string;
  kind?: string;
  step?: number;
  track?: string;
  status?: string;
  interest?: string;
}

/** The list's rows: current records only (not merged, not anonymised), filtered in SQL where it can be. */
export function listRows(trx: Tx, programmeId: string, f: ListFilter) {
  let q = trx
    .selectFrom('participants as p')
    .select([
      'p.id',
      'p.kind',
      'p.first_name',
      'p.last_name',
      'p.birth_date',
      'p.site_id',
      'p.status',
      'p.step',
      'p.track',
      'p.interests',
      'p.priority',
      'p.created_at',
      lastTalkOn,
    ])
    .where('p.programme_id', '=', programmeId)
    .where('p.merged_into', 'is', null)
    .where('p.anonymised_at', 'is', null);
  if (f.site) q = q.where('p.site_id', '=', f.site);
  if (f.kind) q = q.where('p.kind', '=', f.kind as 'youth' | 'adult');
  if (f.step) q = q.where('p.step', '=', f.step);
  if (f.track) q = q.where('p.track', '=', f.track);
  if (f.status) q = q.where('p.status', '=', f.status);
  if (f.interest) q = q.where(sql<boolean>`p.interests @> ARRAY[${f.interest}]::text[]`);
  return q.orderBy('p.last_name').orderBy('p.first_name').execute();
}
export type ListRow = Awaited<ReturnType<typeof listRows>>[number];
