import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { proposalStaleness } from '../../../shared/domain/placements/stale.ts';
import { ageOn } from '../../../shared/domain/youth-rules/category.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Services } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { placementSettingsFor, type PlacementSettings } from '../programme-settings/index.ts';
import * as fRepo from './follow-ups-repository.ts';
import { notifyContractEnding, notifyFollowUpDue } from './notify.ts';
import * as repo from './repository.ts';
import { systemCtx } from './system.ts';
import { performStep } from './transitions.ts';
import { systemTx } from '../../lib/access/index.ts';

/** The longest contract-end notice a programme can set (programme settings cap it at 90 days). */
const MAX_NOTICE_DAYS = 90;

function settingsCache(trx: Tx) {
  const cache = new Map<string, Promise<PlacementSettings>>();
  return (programmeId: string) => {
    let s = cache.get(programmeId);
    if (!s) cache.set(programmeId, (s = placementSettingsFor(trx, programmeId)));
    return s;
  };
}

/**
 * Scheduled (hourly; every step is idempotent) as jobbro_system across programmes:
 * - proposals unmoved for `staleFlagDays` are flagged for the to-do list, and after
 *   `staleCloseDays` declined with reason `stale` by the system (one transaction each, so a
 *   proposal someone moves meanwhile simply loses the race and stays);
 * - follow-ups that have fallen due are announced to the coordinators, once;
 * - placements ending within `contractEndingNoticeDays` are announced to everyone on them, once.
 * `now` is a parameter so tests can run the job "later".
 */
export async function runPlacementSchedule(services: Services, now: Date = new Date()) {
  const today = copenhagenToday(now);
  const ctx = systemCtx(services, 'job:placements.schedule');
  const result = { flagged: 0, closed: 0, followUpsAnnounced: 0, endingsAnnounced: 0 };

  const proposals = await systemTx(services.db, async (trx) => {
    const settings = settingsCache(trx);
    const out: Array<{ id: string; programmeId: string; verdict: 'flagged' | 'close' }> = [];
    for (const p of await repo.allProposals(trx)) {
      const verdict = proposalStaleness(copenhagenToday(new Date(p.status_changed_at)), today, await settings(p.programme_id));
      if (verdict === 'close' || (verdict === 'flagged' && p.stale_flagged_at === null))
        out.push({ id: p.id, programmeId: p.programme_id, verdict });
    }
    return out;
  });
  for (const p of proposals) {
    try {
      await systemTx(services.db, async (trx) => {
        const row = await repo.findPlacement(trx, p.programmeId, p.id);
        if (!row || row.status !== 'proposed') return;
        if (p.verdict === 'flagged') {
          await repo.flagStale(trx, row.id);
          await repo.insertEvent(trx, {
            programme_id: row.programme_id,
            placement_id: row.id,
            action: 'flag_stale',
            from_status: 'proposed',
            to_status: 'proposed',
            party: 'system',
            actor_user_id: null,
            reason: 'stale',
            version: row.version,
          });
          result.flagged++;
        } else {
          const loaded = { row, party: 'system' as const, age: ageOn(row.birth_date, today) };
          await performStep(trx, ctx, loaded, { action: 'decline', version: row.version, reason: 'stale' }, today);
          result.closed++;
        }
      });
    } catch (err) {
      // Someone moved it meanwhile: their change stands.
      if (!(err instanceof AppError && err.status === 409)) throw err;
    }
  }

  await systemTx(services.db, async (trx) => {
    for (const f of await fRepo.dueUnnotified(trx, today)) {
      await notifyFollowUpDue(trx, services.config, f);
      await fRepo.markNotified(trx, f.id);
      result.followUpsAnnounced++;
    }
    const settings = settingsCache(trx);
    for (const e of await repo.endingUnannounced(trx, addDays(today, MAX_NOTICE_DAYS))) {
      if (e.ends_on! > addDays(today, (await settings(e.programme_id)).contractEndingNoticeDays)) continue;
      const row = (await repo.findPlacement(trx, e.programme_id, e.id))!;
      await notifyContractEnding(trx, services.config, row);
      await repo.markEndingAnnounced(trx, e.id);
      result.endingsAnnounced++;
    }
  });
  services.jobs.kick();
  return result;
}
