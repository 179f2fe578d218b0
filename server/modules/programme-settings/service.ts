import type { z } from 'zod';
import type { updateProgrammeSettingsBody } from '../../../shared/schemas/participants.ts';
import { withTenant } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction, tenantScope } from '../../lib/access.ts';
import { recordAudit } from '../audit/index.ts';
import { resolveSettings } from './presenter.ts';
import * as repo from './repository.ts';

export async function getProgrammeSettings(ctx: Ctx, programmeId: string) {
  const { actor } = requireProgrammeAction(ctx, programmeId, 'programme.read');
  return withTenant(ctx.db, tenantScope(actor), async (trx) => {
    const stored = await repo.getSettings(trx, programmeId);
    if (!stored) throw errors.notFound('programme');
    return resolveSettings(stored);
  });
}

export async function updateProgrammeSettings(ctx: Ctx, programmeId: string, body: z.infer<typeof updateProgrammeSettingsBody>) {
  const { actor } = requireProgrammeAction(ctx, programmeId, 'programme.update');
  return withTenant(ctx.db, tenantScope(actor), async (trx) => {
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
