import type { AnonymiseContribution } from '../../lib/anonymise.ts';
import { activitiesAnonymise } from '../activities/anonymise.ts';
import { consentsAnonymise } from '../consents/anonymise.ts';
import { guardiansAnonymise } from '../guardians/anonymise.ts';
import { matchingAnonymise } from '../matching/anonymise.ts';
import { outcomesAnonymise } from '../outcomes/anonymise.ts';
import { participantsAnonymise } from '../participants/anonymise.ts';
import { placementsAnonymise } from '../placements/anonymise.ts';
import { portalAnonymise } from '../portal/anonymise.ts';
import { shiftsAnonymise } from '../shifts/anonymise.ts';
import { supportRequestsAnonymise } from '../support-requests/anonymise.ts';
import { talksAnonymise } from '../talks/anonymise.ts';

/**
 * Every module's part of anonymising a participant, in the order they run. The participant row
 * goes first (the hours' scrub requires the person to be anonymised already); the portal goes
 * last (it unlinks accounts the others may still read). A module whose tables gain personal data
 * adds its contribution here; `anonymise-coverage.test.ts` fails until it does.
 */
export const ANONYMISE_CONTRIBUTIONS: readonly AnonymiseContribution[] = [
  participantsAnonymise,
  guardiansAnonymise,
  talksAnonymise,
  consentsAnonymise,
  placementsAnonymise,
  supportRequestsAnonymise,
  shiftsAnonymise,
  matchingAnonymise,
  activitiesAnonymise,
  outcomesAnonymise,
  portalAnonymise,
];
