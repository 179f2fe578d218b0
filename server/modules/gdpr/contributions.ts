import type { AnonymiseContribution } from '../../lib/anonymise.ts';
import { activitiesAnonymise } from '../activities/index.ts';
import { consentsAnonymise } from '../consents/index.ts';
import { guardiansAnonymise } from '../guardians/index.ts';
import { matchingAnonymise } from '../matching/index.ts';
import { outcomesAnonymise } from '../outcomes/index.ts';
import { participantsAnonymise } from '../people/index.ts';
import { placementsAnonymise } from '../placements/index.ts';
import { portalAnonymise } from '../portal/index.ts';
import { shiftsAnonymise } from '../shifts/index.ts';
import { supportRequestsAnonymise } from '../support-requests/index.ts';
import { talksAnonymise } from '../talks/index.ts';

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
