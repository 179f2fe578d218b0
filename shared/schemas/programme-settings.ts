import { z } from 'zod';
import { phone } from './people.ts';
import { isFollowUpCode } from '../domain/placements/follow-ups.ts';

/** Per-programme settings: the to-do list and retention, and placements' follow-ups and stale proposals (server/modules/programme-settings). */

export const programmeSettings = z.object({
  /** The to-do list flags participants without a talk for this many weeks. */
  noContactWeeks: z.number().int().min(1).max(52),
  /** Participants inactive this long are anonymised by the retention job. */
  retentionMonths: z.number().int().min(6).max(120),
});
export type ProgrammeSettings = z.infer<typeof programmeSettings>;
export const updateProgrammeSettingsBody = programmeSettings.partial();

// --- Programme settings for placements ---------------------------------------------------------

export const placementSettings = z.object({
  /** Follow-ups planned when a placement starts: '1w', '1m', '3m', 'end' (days d, weeks w, months m). */
  followUpSchedule: z
    .array(z.string().refine(isFollowUpCode, { error: 'follow_up_code' }))
    .min(1)
    .max(12),
  /** A proposal unmoved this many days is flagged on the to-do list… */
  staleFlagDays: z.number().int().min(1).max(365),
  /** …and closed (declined, reason `stale`) after this many. */
  staleCloseDays: z.number().int().min(1).max(365),
  /** Parties hear this many days before a running placement's end date. */
  contractEndingNoticeDays: z.number().int().min(1).max(90),
  /**
   * The number an employer or mentor is told to call at once when they raise an urgent or safety
   * request on the hotline (the data model has no programme or coordinator phone); null: none given.
   */
  hotlinePhone: phone.nullable(),
});
export type PlacementSettings = z.infer<typeof placementSettings>;
export const updatePlacementSettingsBody = placementSettings.partial();
