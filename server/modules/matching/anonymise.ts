import { ANONYMISED, type AnonymiseContribution } from '../../lib/anonymise.ts';
import { scrubAdjustmentReasons } from './adjustments-repository.ts';

/** The coordinators' matching decisions about the person. */
export const matchingAnonymise: AnonymiseContribution = {
  module: 'matching',
  scrubs: {
    match_adjustments: { reason: 'marker', removal_reason: 'marker' },
  },
  notPersonal: {
    match_adjustments: { kind: 'pin, hide or override', rules: 'the programme-rule codes an override bypasses' },
  },
  async run(trx, { programmeId, participantId }) {
    await scrubAdjustmentReasons(trx, programmeId, participantId, ANONYMISED);
  },
};
