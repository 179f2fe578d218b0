import type { z } from 'zod';
import { DEFAULT_FOLLOW_UP_SCHEDULE } from '../../../shared/domain/placements/follow-ups.ts';
import { DEFAULT_STALE_SETTINGS } from '../../../shared/domain/placements/stale.ts';
import { placementSettings, type updatePlacementSettingsBody } from '../../../shared/schemas/programme-settings.ts';
import type { Tx } from '../../../db/tenant.ts';
import type { Ctx } from '../../http/context.ts';
import { errors } from '../../http/errors.ts';
import { requireProgrammeAction } from '../../lib/access/index.ts';
import * as repo from './repository.ts';
import { definedOnly, saveSettings, storedSettings } from './store.ts';

export type PlacementSettings = z.infer<typeof placementSettings>;

export const DEFAULT_PLACEMENT_SETTINGS: PlacementSettings = {
  followUpSchedule: [...DEFAULT_FOLLOW_UP_SCHEDULE],
  ...DEFAULT_STALE_SETTINGS,
  contractEndingNoticeDays: 14,
  hotlinePhone: null,
};

const KEYS = ['followUpSchedule', 'staleFlagDays', 'staleCloseDays', 'contractEndingNoticeDays', 'hotlinePhone'] as const;

/**
 * The placement settings of a programme, kept in programmes.settings next to the participant ones
 * (no migration needed for a new key). A stored value that no longer validates falls back to the
 * default rather than stopping the scheduled jobs; so does a close threshold below the flag one.
 */
export function resolvePlacementSettings(stored: Record<string, unknown> | undefined): PlacementSettings {
  const out: PlacementSettings = { ...DEFAULT_PLACEMENT_SETTINGS, followUpSchedule: [...DEFAULT_PLACEMENT_SETTINGS.followUpSchedule] };
  for (const key of KEYS) {
    const parsed = placementSettings.shape[key].safeParse(stored?.[key]);
    if (parsed.success) (out as Record<string, unknown>)[key] = parsed.data;
  }
  if (out.staleCloseDays < out.staleFlagDays) {
    out.staleFlagDays = DEFAULT_PLACEMENT_SETTINGS.staleFlagDays;
    out.staleCloseDays = Math.max(out.staleFlagDays, DEFAULT_PLACEMENT_SETTINGS.staleCloseDays);
  }
  return out;
}

/** For services and jobs inside their own transaction (the programme must be visible to it). */
export async function placementSettingsFor(trx: Tx, programmeId: string): Promise<PlacementSettings> {
  return resolvePlacementSettings(await repo.getSettings(trx, programmeId));
}

export async function getPlacementSettings(ctx: Ctx, programmeId: string) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'programme.read');
  return tx(async (trx) => resolvePlacementSettings(await storedSettings(trx, programmeId)));
}

export async function updatePlacementSettings(ctx: Ctx, programmeId: string, body: z.output<typeof updatePlacementSettingsBody>) {
  const { tx } = requireProgrammeAction(ctx, programmeId, 'programme.update');
  return tx(async (trx) => {
    const current = resolvePlacementSettings(await repo.getSettings(trx, programmeId));
    const patch = definedOnly(body);
    const merged = { ...current, ...patch } as PlacementSettings;
    if (merged.staleCloseDays < merged.staleFlagDays)
      throw errors.invalidFields([{ path: ['staleCloseDays'], code: 'stale_close_before_flag' }]);
    return resolvePlacementSettings(await saveSettings(trx, ctx, programmeId, patch));
  });
}
