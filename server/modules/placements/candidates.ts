import type { DataCategory } from '../../../shared/domain/participants/constants.ts';
import { employerCategories } from '../../../shared/domain/placements/candidate.ts';
import type { Party } from '../../../shared/domain/placements/states.ts';
import type { Tx } from '../../../db/tenant.ts';
import * as repo from './repository.ts';

/**
 * The consented categories each placement's candidate shows to an employer contact or mentor,
 * read fresh on every request so a revoked consent hides its data at once. Staff and the person
 * themselves get none here: they see the person through the participant views instead.
 */
export async function candidateCategories(
  trx: Tx,
  rows: readonly repo.PlacementRow[],
  partyOf: (r: repo.PlacementRow) => Party,
  today: string,
): Promise<Map<string, DataCategory[]>> {
  const out = new Map<string, DataCategory[]>();
  const outside = rows.filter((r) => {
    const p = partyOf(r);
    return p === 'employer' || p === 'mentor';
  });
  const byProgramme = new Map<string, repo.PlacementRow[]>();
  for (const r of outside) byProgramme.set(r.programme_id, [...(byProgramme.get(r.programme_id) ?? []), r]);
  for (const [programmeId, list] of byProgramme) {
    const consents = await repo.employerConsents(trx, programmeId, [...new Set(list.map((r) => r.participant_id))]);
    for (const r of list) {
      const mine = consents
        .filter((c) => c.participant_id === r.participant_id)
        .map((c) => ({
          purpose: c.purpose,
          givenOn: c.given_on,
          givenBy: c.given_by,
          revokedAt: c.revoked_at,
          organisationIds: c.organisation_ids,
          dataCategories: c.data_categories,
        }));
      out.set(r.id, employerCategories(mine, { kind: r.participant_kind, birthDate: r.birth_date }, r.organisation_id, today));
    }
  }
  return out;
}
