import type { AnonymiseContribution } from '../../lib/anonymise.ts';
import { scrubHoursText } from './repository.ts';

const CODE = 'a code from a fixed list';

/**
 * Registered hours: every shift and rule exception stays (hours and pay statistics, the
 * bookkeeping), their free-text reasons become a marker. Runs after the participant row is
 * anonymised: the database function refuses anyone who is not (0010).
 */
export const shiftsAnonymise: AnonymiseContribution = {
  module: 'shifts',
  scrubs: {
    shifts: { reason: 'marker', rejected_reason: 'marker' },
    rule_exceptions: { reason: 'marker' },
  },
  notPersonal: {
    shifts: { status: CODE, recorded_as: CODE },
    rule_exceptions: {
      rule: 'the young-worker rule code',
      // The person's circumstances go in `reason`; this column cites the order that allows the exception.
      legal_basis: 'the regulation that allows the exception (e.g. a paragraph of the young-worker order), not the person',
    },
  },
  run: (trx, { programmeId, participantId }) => scrubHoursText(trx, programmeId, participantId),
};
