import type { z } from 'zod';
import type { updateProgrammeSettingsBody } from '../../../shared/schemas/programme-settings.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { resolveSettings } from './presenter.ts';
import * as repo from './repository.ts';

export async function getProgrammeSettings(ctx: Ctx, programmeId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'programme.read');
  return tx(async (trx) => {
    const stored = await repo.getSettings(trx, programmeId);
    if (!stored) throw errors.notFound('programme');
    return resolveSettings(stored);
  });
}

export async function updateProgrammeSettings(ctx: Ctx, programmeId: string, body: z.infer<typeof updateProgrammeSettingsBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'programme.update');
  return tx(async (trx) => {
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    const stored = await repo.mergeSettings(trx, programmeId, patch);
    if (!stored) throw errors.notFound('programme');
    await recordAudit(trx, ctx, {
      action: 'update',
      subjectType: 'programme_settings',
      subjectId: programmeId,
      programmeId,
      details: patch,
    });
    return resolveSettings(stored);
  });
}
