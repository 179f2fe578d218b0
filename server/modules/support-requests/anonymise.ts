import type { AnonymiseContribution } from '../../lib/anonymise.ts';
import { scrubRequestsAbout } from './repository.ts';

const CODE = 'a code from a fixed list';

/** The employer hotline's requests about the person's placements. */
export const supportRequestsAnonymise: AnonymiseContribution = {
  module: 'support-requests',
  scrubs: {
    support_requests: { description: 'empty', resolution: 'null', contact_phone: 'null' },
    support_request_notes: { text: 'empty' },
  },
  notPersonal: {
    support_requests: { raised_as: CODE, category: CODE, severity: CODE, status: CODE },
  },
  run: (trx, { programmeId, participantId }) => scrubRequestsAbout(trx, programmeId, participantId),
};
