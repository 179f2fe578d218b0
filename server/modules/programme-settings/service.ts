import type { z } from 'zod';
import type { updateProgrammeSettingsBody } from '../../../shared/schemas/programme-settings.ts';
import type { Ctx } from '../../http/context.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import { resolveSettings } from './presenter.ts';
import { saveSettings, definedOnly, storedSettings } from './store.ts';

export async function getProgrammeSettings(ctx: Ctx, programmeId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'programme.read');
  return tx(async (trx) => resolveSettings(await storedSettings(trx, programmeId)));
}

export async function updateProgrammeSettings(ctx: Ctx, programmeId: string, body: z.infer<typeof updateProgrammeSettingsBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'programme.update');
  return tx(async (trx) => resolveSettings(await saveSettings(trx, ctx, programmeId, definedOnly(body))));
}
