import { DATA_CATEGORIES } from '../../../shared/domain/participants/constants.ts';
import type { Tx } from '../../../db/tenant.ts';
import { presentConsent, listConsents, stepChangeDates } from '../consents/index.ts';
import { listGuardians, listNotices } from '../guardians/index.ts';
import { listNextSteps, listTalks } from '../talks/index.ts';
import { listLadderEvents, loadVisible, type ParticipantRow, type Viewer } from '../people/index.ts';
import { dateOf } from '../../lib/clock.ts';
import { presentProfile } from './presenter.ts';

/**
 * Loads everything on a profile that the viewer may see. A consented caseworker gets the ladder,
 * talks marked for the job centre, and guardians only for the categories the consent shares, and
 * of the consents only the job-centre ones. Pass a row to skip the visibility look-up (just written).
 */
export async function loadProfile(trx: Tx, v: Viewer, participant: string | ParticipantRow, today: string) {
  const { row, categories } =
    typeof participant === 'string' ? await loadVisible(trx, v, participant, today) : { row: participant, categories: null };
  const cats = categories ?? (v.full ? [...DATA_CATEGORIES] : (await loadVisible(trx, v, row.id, today)).categories);
  const has = (c: string) => cats.includes(c as never);
  const person = { kind: row.kind, birthDate: row.birth_date };
  const stepChanges = await stepChangeDates(trx, v.programmeId, row.id);
  const consents = (await listConsents(trx, v.programmeId, row.id))
    .filter((c) => v.full || c.purpose === 'share_job_centre')
    .map((c) => presentConsent(c, person, stepChanges, today));
  const parts = {
    ladder: v.full || has('ladder') ? await listLadderEvents(trx, v.programmeId, row.id) : [],
    talks: v.full
      ? await listTalks(trx, v.programmeId, row.id)
      : has('talks')
        ? await listTalks(trx, v.programmeId, row.id, 'job_centre')
        : [],
    nextSteps: v.full || has('talks') ? await listNextSteps(trx, v.programmeId, row.id) : [],
    consents,
    guardians: v.full || has('guardians') ? await listGuardians(trx, v.programmeId, row.id) : [],
    notices: v.full ? await listNotices(trx, v.programmeId, row.id) : [],
  };
  return presentProfile(row, v, cats, parts, dateOf);
}
