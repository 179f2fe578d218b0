import { z } from 'zod';
import {
  ADULT_TRACKS,
  AVAILABILITY_SLOTS,
  CONSENT_PURPOSES,
  DATA_CATEGORIES,
  PARTICIPANT_KINDS,
} from '../domain/participants/constants.ts';

/**
 * Person fields and vocabularies that several modules' contracts share: participants, guardians,
 * consents, talks, the to-do list and the portal all describe the same people, so they validate
 * (and name their errors) alike. Each module's own request and response shapes live in its file.
 *
 * Errors: every field problem is `validation_failed` with `details.issues[] = { path, code }`; the
 * codes are the snake_case strings below (and in shared/domain/participants/validation.ts).
 */

export const participantKind = z.enum(PARTICIPANT_KINDS);
export const adultTrack = z.enum(ADULT_TRACKS, { error: 'track_unknown' });
export const availabilitySlot = z.enum(AVAILABILITY_SLOTS, { error: 'availability_slot' });
export const consentPurpose = z.enum(CONSENT_PURPOSES, { error: 'consent_purpose_unknown' });
export const dataCategory = z.enum(DATA_CATEGORIES, { error: 'data_category_unknown' });
/** A work-area code from GET /api/work-areas; unknown codes fail in the service as `interest_unknown`. */
export const interestCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'interest_unknown' });

/** Free text with the participants' `too_long` code, so every person form reports length alike. */
export const shortText = (max: number) => z.string().trim().max(max, { error: 'too_long' });
/** A Danish or international phone number as people type it (spaces allowed). */
export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ]{6,18}$/, { error: 'phone_format' });
