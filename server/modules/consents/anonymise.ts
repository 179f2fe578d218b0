import type { AnonymiseContribution } from '../../lib/anonymise.ts';
import { scrubConsents } from './repository.ts';

const CODE = 'a code from a fixed list';

/** Consents: the record of what was shared stays, the revocation's free text goes. */
export const consentsAnonymise: AnonymiseContribution = {
  module: 'consents',
  scrubs: {
    consents: { revoke_reason: 'null' },
  },
  notPersonal: {
    consents: { purpose: CODE, data_categories: 'data-category codes', given_by: 'participant or guardian', method: CODE },
  },
  run: (trx, { programmeId, participantId }) => scrubConsents(trx, programmeId, participantId),
};
