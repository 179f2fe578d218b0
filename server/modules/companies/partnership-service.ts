import type { z } from 'zod';
import type { createCommitmentBody, createNoteBody, updateCommitmentBody, updateNoteBody } from '../../../shared/schemas/companies.ts';
import type { OpeningKind } from '../../../shared/domain/employers/openings.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { copenhagenToday } from '../../lib/today.ts';
import { recordAudit } from '../audit/index.ts';
import { presentNote } from './presenter.ts';
import * as repo from './repository.ts';
import { commitmentsWithProgress, mustFindCompany } from './service.ts';

/** Commitments (what a company promised) and notes (how the partnership goes) on a company. */

async function presentOne(
  trx: Parameters<typeof commitmentsWithProgress>[0],
  programmeId: string,
  company: { id: string; organisation_id: string },
  id: string,
) {
  return (await commitmentsWithProgress(trx, programmeId, company)).find((c) => c.id === id)!;
}

export async function addCommitment(ctx: Ctx, programmeId: string, companyId: string, body: z.output<typeof createCommitmentBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  return tx(async (trx) => {
    const company = await mustFindCompany(trx, programmeId, companyId);
    const row = await repo.insertCommitment(trx, programmeId, companyId, body);
    await recordAudit(trx, ctx, {
      action: 'create',
      subjectType: 'company_commitment',
      subjectId: row.id,
      programmeId,
      details: { companyId },
    });
    return presentOne(trx, programmeId, company, row.id);
  });
}

export async function updateCommitment(
  ctx: Ctx,
  programmeId: string,
  companyId: string,
  commitmentId: string,
  body: z.output<typeof updateCommitmentBody>,
) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  return tx(async (trx) => {
    const company = await mustFindCompany(trx, programmeId, companyId);
    const current = await repo.findCommitment(trx, programmeId, companyId, commitmentId);
    if (!current) throw errors.notFound('commitment');
    const merged = {
      description: body.description ?? current.description,
      openingKind: body.openingKind ?? (current.opening_kind as OpeningKind),
      targetCount: body.targetCount ?? current.target_count,
      periodFrom: body.periodFrom ?? current.period_from,
      periodTo: body.periodTo ?? current.period_to,
    };
    if (merged.periodTo < merged.periodFrom) throw errors.invalidFields([{ path: ['periodTo'], code: 'end_before_start' }]);
    await repo.updateCommitment(trx, programmeId, commitmentId, merged);
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'company_commitment',
      subjectId: commitmentId,
      programmeId,
      details: { fields: Object.keys(body) },
    });
    return presentOne(trx, programmeId, company, commitmentId);
  });
}

export async function deleteCommitment(ctx: Ctx, programmeId: string, companyId: string, commitmentId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  await tx(async (trx) => {
    if (!(await repo.deleteById(trx, 'company_commitments', programmeId, companyId, commitmentId))) throw errors.notFound('commitment');
    await recordAudit(trx, ctx, { action: 'delete', subjectType: 'company_commitment', subjectId: commitmentId, programmeId });
  });
}

/** A note is dated (today unless given) and signed by the person who wrote it. */
export async function addNote(ctx: Ctx, programmeId: string, companyId: string, body: z.output<typeof createNoteBody>) {
  const { actor, tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  return tx(async (trx) => {
    await mustFindCompany(trx, programmeId, companyId);
    const row = await repo.insertNote(trx, programmeId, companyId, {
      notedOn: body.notedOn ?? copenhagenToday(),
      text: body.text,
      authorUserId: actor.userId,
    });
    await recordAudit(trx, ctx, { action: 'create', subjectType: 'company_note', subjectId: row.id, programmeId, details: { companyId } });
    return presentNote(row);
  });
}

export async function updateNote(ctx: Ctx, programmeId: string, companyId: string, noteId: string, body: z.output<typeof updateNoteBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  return tx(async (trx) => {
    const row = await repo.updateNote(trx, programmeId, companyId, noteId, body);
    if (!row) throw errors.notFound('note');
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'company_note',
      subjectId: noteId,
      programmeId,
      details: { fields: Object.keys(body) },
    });
    return presentNote(row);
  });
}

export async function deleteNote(ctx: Ctx, programmeId: string, companyId: string, noteId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'company.manage');
  await tx(async (trx) => {
    if (!(await repo.deleteById(trx, 'company_notes', programmeId, companyId, noteId))) throw errors.notFound('note');
    await recordAudit(trx, ctx, { action: 'delete', subjectType: 'company_note', subjectId: noteId, programmeId });
  });
}
