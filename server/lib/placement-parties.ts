import type { Tx } from '../../db/tenant.ts';

/**
 * A placement (`p`) with the parties every placement view names: its opening (`o`), the employer
 * organisation (`org`), the person (`pa`) and the assigned mentor (`m`, when there is one). Placements,
 * shifts, support requests, payroll and documents all reach a placement's people this way; one join
 * list keeps them from drifting apart. Rows hanging off a placement (shifts, requests) join onto it.
 */
export function placementsWithParties(trx: Tx) {
  return trx
    .selectFrom('placements as p')
    .innerJoin('openings as o', 'o.id', 'p.opening_id')
    .innerJoin('organisations as org', 'org.id', 'o.organisation_id')
    .innerJoin('participants as pa', 'pa.id', 'p.participant_id')
    .leftJoin('mentors as m', 'm.id', 'p.mentor_id');
}
