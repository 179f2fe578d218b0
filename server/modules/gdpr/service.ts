import { z } from 'zod';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx, Services } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction, systemTx } from '../../lib/access/index.ts';
import { loadWritable, lockParticipants, requirePersonViewer, listLadderEvents } from '../people/index.ts';
import { recordAudit, eventsAboutPerson } from '../audit/index.ts';
import { partnerNames } from '../consents/index.ts';
import { listGuardians, listNotices } from '../guardians/index.ts';
import { today } from '../../lib/clock.ts';
import { resolveSettings, getSettings } from '../programme-settings/index.ts';
import { scrubPortalAccount as scrubAccount } from '../portal/index.ts';
import { listNextSteps, listTalks } from '../talks/index.ts';
import { anonymiseInTx, retentionPlan } from './anonymise.ts';
import { renderExportHtml } from './export-html.ts';
import { presentExport } from './presenter.ts';
import * as placementRepo from './placements-repository.ts';
import { activitiesForExport, shiftsForExport } from './hours-activities-repository.ts';
import * as repo from './repository.ts';

/**
 * Access request (GDPR art. 15): the complete record as a Danish HTML document (or JSON), with the
 * audit events about the person — including those about records merged into this one and about
 * their portal account — by role, never by staff name. The export itself is audited first, so it
 * appears in the document.
 */
export async function exportParticipant(ctx: Ctx, programmeId: string, participantId: string, format: 'html' | 'json') {
  const v = requirePersonViewer(ctx, programmeId, 'participant.export');
  return v.tx(async (trx) => {
    const row = await repo.exportRow(trx, programmeId, participantId);
    if (!row) throw errors.notFound('participant');
    if (row.merged_into) throw errors.participantMerged(row.merged_into);
    await recordAudit(trx, ctx, {
      action: 'export',
      subjectType: 'participant',
      subjectId: participantId,
      subjectPersonId: participantId,
      programmeId,
      details: { format },
    });
    const ids = [participantId, ...(await repo.mergedIds(trx, programmeId, participantId)), ...(row.user_id ? [row.user_id] : [])];
    const events = [];
    for (const id of ids) events.push(...(await eventsAboutPerson(trx, id)));
    events.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
    const data = presentExport(
      {
        row,
        ladder: await listLadderEvents(trx, programmeId, participantId),
        talks: await listTalks(trx, programmeId, participantId),
        nextSteps: await listNextSteps(trx, programmeId, participantId),
        consents: await repo.consentsForExport(trx, programmeId, participantId),
        guardians: await listGuardians(trx, programmeId, participantId),
        notices: await listNotices(trx, programmeId, participantId),
        placements: await placementParts(trx, programmeId, participantId),
        shifts: await shiftsForExport(trx, programmeId, participantId),
        activities: await activitiesForExport(trx, programmeId, participantId),
        events,
        organisationNames: new Map((await partnerNames(trx, programmeId)).map((o) => [o.id, o.name])),
        workAreaNames: new Map((await repo.workAreaNames(trx)).map((w) => [w.code, w.name_da])),
      },
      new Date(),
    );
    return format === 'json'
      ? {
          contentType: 'application/json; charset=utf-8',
          filename: `jobbro-oplysninger-${participantId}.json`,
          body: JSON.stringify(data, null, 2),
        }
      : { contentType: 'text/html; charset=utf-8', filename: `jobbro-oplysninger-${participantId}.html`, body: renderExportHtml(data) };
  });
}

/** The person's placements and everything recorded about them, for the export. */
async function placementParts(trx: Tx, programmeId: string, participantId: string) {
  const rows = await placementRepo.placementsForExport(trx, programmeId, participantId);
  const ids = rows.map((r) => r.id);
  return {
    rows,
    events: await placementRepo.placementEventsForExport(trx, programmeId, ids),
    followUps: await placementRepo.followUpsForExport(trx, programmeId, ids),
    mentorHours: await placementRepo.mentorHoursForExport(trx, programmeId, ids),
    supportRequests: await placementRepo.supportRequestsForExport(trx, programmeId, ids),
  };
}

/** Erasure (GDPR art. 17): anonymises the person now; see README for what is kept and why. */
export async function anonymise(ctx: Ctx, programmeId: string, participantId: string) {
  const v = requirePersonViewer(ctx, programmeId, 'participant.anonymise');
  const result = await v.tx(async (trx) => {
    // Read under lock: a simultaneous erasure waits, then finds the person anonymised (409
    // participant_anonymised) instead of erasing and auditing a second time.
    await lockParticipants(trx, programmeId, [participantId]);
    await loadWritable(trx, v, participantId);
    await anonymiseInTx(trx, ctx, programmeId, participantId, 'erasure_request');
    const row = await repo.exportRow(trx, programmeId, participantId);
    return { id: participantId, anonymisedAt: new Date(row!.anonymised_at!).toISOString() };
  });
  ctx.jobs.kick();
  return result;
}

/** Dry run: who the retention policy would anonymise today, by id and first name only. */
export async function retentionPreview(ctx: Ctx, programmeId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'retention.preview');
  return tx(async (trx) => {
    const { retentionMonths } = resolveSettings(await getSettings(trx, programmeId));
    const plan = await retentionPlan(trx, programmeId, today(), retentionMonths);
    await recordAudit(trx, ctx, {
      action: 'read',
      subjectType: 'retention_preview',
      programmeId,
      details: { count: plan.candidates.length },
    });
    return {
      retentionMonths,
      cutoff: plan.cutoff,
      candidates: plan.candidates.map((c) => ({
        id: c.id,
        firstName: c.firstName,
        lastActivityOn: c.lastActivityOn,
        monthsInactive: c.monthsInactive,
      })),
    };
  });
}

/** Runs the retention policy for one programme now, in one transaction. */
export async function retentionRun(ctx: Ctx, programmeId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'retention.run');
  const result = await tx(async (trx) => {
    const { retentionMonths } = resolveSettings(await getSettings(trx, programmeId));
    const plan = await retentionPlan(trx, programmeId, today(), retentionMonths);
    for (const c of plan.candidates) await anonymiseInTx(trx, ctx, programmeId, c.id, 'retention');
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'retention_run',
      programmeId,
      details: { anonymised: plan.candidates.length, retentionMonths },
    });
    return { anonymised: plan.candidates.length, ids: plan.candidates.map((c) => c.id) };
  });
  ctx.jobs.kick();
  return result;
}

/** A request-less context for the scheduled jobs' audit events (no actor: the system did it). */
function systemCtx(services: Services, requestId: string): Ctx {
  return { ...services, actor: null, pendingSessionId: null, pendingUserId: null, requestId, ip: 'system', userAgent: null };
}

/**
 * Scheduled daily for every programme, as jobbro_system: anonymises participants inactive longer
 * than the programme's `retentionMonths` (default 24). One transaction per programme.
 */
export async function enforceParticipantRetention(services: Services): Promise<{ anonymised: number }> {
  const programmes = await systemTx(services.db, (trx) => repo.programmeIds(trx));
  const ctx = systemCtx(services, 'job:participants.retention');
  let anonymised = 0;
  for (const p of programmes) {
    anonymised += await systemTx(services.db, async (trx) => {
      const { retentionMonths } = resolveSettings(p.settings);
      const plan = await retentionPlan(trx, p.id, today(), retentionMonths);
      for (const c of plan.candidates) await anonymiseInTx(trx, ctx, p.id, c.id, 'retention');
      return plan.candidates.length;
    });
  }
  return { anonymised };
}

const scrubPayload = z.object({ userId: z.uuid() });

/** Disables and scrubs a portal account once its last participant/guardian link is gone. */
export async function scrubPortalAccount(services: Services, payload: Record<string, unknown>): Promise<{ scrubbed: boolean }> {
  const { userId } = scrubPayload.parse(payload);
  return { scrubbed: await systemTx(services.db, (trx) => scrubAccount(trx, userId)) };
}
