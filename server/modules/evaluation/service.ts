import crypto from 'node:crypto';
import type { z } from 'zod';
import { EVALUATION_TABLES } from '../../../shared/domain/evaluation/codebook.ts';
import { buildDataset, consentedIds, type DatasetFacts } from '../../../shared/domain/evaluation/dataset.ts';
import type { createKeyBody, datasetQuery } from '../../../shared/schemas/evaluation.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors, isUniqueViolation } from '../../http/errors.ts';
import { requireAnyProgrammeAction } from '../../lib/access/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { datasetXlsx, tableCsv } from './files.ts';
import { presentKey } from './presenter.ts';
import { pseudonymFor } from './pseudonym.ts';
import * as repo from './repository.ts';

/**
 * Pseudonymised evaluation data. Administrators create named keys (the secret is random, sealed at
 * rest and never returned); evaluators download the dataset for a key. Only participants with an
 * evaluation consent in force are in it, and every download is audited with its row counts.
 */

export async function listKeys(ctx: Ctx, programmeId: string) {
  const { tx } = requireAnyProgrammeAction(ctx, programmeId, ['evaluation.export', 'evaluation.key.manage']);
  return tx(async (trx) => ({ items: (await repo.listKeys(trx, programmeId)).map(presentKey) }));
}

export async function createKey(ctx: Ctx, programmeId: string, body: z.output<typeof createKeyBody>) {
  const { actor, tx } = requireAnyProgrammeAction(ctx, programmeId, ['evaluation.key.manage']);
  const secret = crypto.randomBytes(32).toString('hex');
  return tx(async (trx) => {
    const key = await repo.insertKey(trx, programmeId, body.name, ctx.secrets.seal(secret), actor.userId).catch((err: unknown) => {
      if (isUniqueViolation(err)) throw errors.conflict('name');
      throw err;
    });
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'evaluation_key',
      subjectId: key.id,
      programmeId,
      details: { name: body.name },
    });
    return presentKey(key);
  });
}

async function gatherFacts(trx: Tx, programmeId: string, today: string): Promise<DatasetFacts> {
  const sites = new Map((await repo.siteIds(trx, programmeId)).map((s, i) => [s.id, `S${i + 1}`]));
  const participants = (await repo.participants(trx, programmeId)).map((p) => ({
    id: p.id,
    kind: p.kind,
    birthDate: p.birth_date,
    siteCode: sites.get(p.site_id) ?? '',
    step: p.step,
    track: p.track,
    status: p.status,
  }));
  const consents = (await repo.evaluationConsents(trx, programmeId)).map((c) => ({
    participantId: c.participant_id,
    givenOn: c.given_on,
    givenBy: c.given_by,
    revokedAt: c.revoked_at,
  }));
  // Read the rest only for people who are in: nothing about the others leaves the database.
  const ids = [...consentedIds(participants, consents, today)];
  const placements = (await repo.placements(trx, programmeId, ids)).map((p) => ({
    participantId: p.participant_id,
    openingKind: p.opening_kind,
    step: p.step ?? null,
    startsOn: p.starts_on,
    endsOn: p.ends_on,
    endedOn: p.ended_on,
    status: p.status,
    outcome: p.outcome,
    endReason: p.end_reason,
    hoursPerWeek: p.hours_per_week === null ? null : Number(p.hours_per_week),
    payer: p.wage_payer,
  }));
  const shifts = (await repo.approvedShifts(trx, programmeId, ids)).map((s) => ({
    participantId: s.participant_id,
    workDate: s.work_date,
    startTime: s.start_time,
    endTime: s.end_time,
    breakMinutes: s.break_minutes,
  }));
  const attendance = (await repo.attendance(trx, programmeId, ids)).map((a) => ({
    participantId: a.participant_id,
    activityKind: a.kind,
    sessionsAttended: Number(a.n),
  }));
  return { participants, consents, placements, shifts, attendance };
}

export type DatasetFile = { contentType: string; filename: string; body: Buffer | string };

export async function downloadDataset(
  ctx: Ctx,
  programmeId: string,
  keyId: string,
  query: z.output<typeof datasetQuery>,
): Promise<DatasetFile> {
  const { tx } = requireAnyProgrammeAction(ctx, programmeId, ['evaluation.export']);
  const today = copenhagenToday();
  return tx(async (trx) => {
    const key = await repo.findKeyWithSecret(trx, programmeId, keyId);
    if (!key) throw errors.notFound('evaluation key');
    const secret = ctx.secrets.open(key.secret_enc);
    const dataset = buildDataset(await gatherFacts(trx, programmeId, today), (id) => pseudonymFor(secret, id), today);
    const tables = query.format === 'csv' ? [query.table!] : [...EVALUATION_TABLES];
    const rowCounts = Object.fromEntries(tables.map((t) => [t, dataset[t].length]));
    await recordAudit(trx, ctx, {
      action: 'export',
      subjectType: 'evaluation_dataset',
      subjectId: key.id,
      programmeId,
      details: { keyName: key.name, format: query.format, tables, rowCounts },
    });
    const stem = `evaluering-${today}`;
    if (query.format === 'csv')
      return { contentType: 'text/csv; charset=utf-8', filename: `${stem}-${query.table}.csv`, body: tableCsv(dataset, query.table!) };
    return {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `${stem}.xlsx`,
      body: await datasetXlsx(dataset, { keyName: key.name, generatedOn: today }),
    };
  });
}
