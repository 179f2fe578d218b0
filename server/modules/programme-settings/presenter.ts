import { DEFAULT_PROGRAMME_SETTINGS } from '../../../shared/domain/participants/constants.ts';
import { programmeSettings } from '../../../shared/schemas/programme-settings.ts';

/**
 * The settings participants features read, with defaults: `noContactWeeks` (4) and
 * `retentionMonths` (24). A stored value that no longer validates falls back to the default
 * rather than breaking the to-do list or the retention job.
 */
export function resolveSettings(stored: Record<string, unknown> | undefined) {
  const out: { noContactWeeks: number; retentionMonths: number } = { ...DEFAULT_PROGRAMME_SETTINGS };
  for (const key of ['noContactWeeks', 'retentionMonths'] as const) {
    const parsed = programmeSettings.shape[key].safeParse(stored?.[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}
