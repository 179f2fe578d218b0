import type { AnonymiseContribution } from '../../lib/anonymise.ts';
import { scrubTalks } from './repository.ts';

/** Follow-up talks and their next steps. */
export const talksAnonymise: AnonymiseContribution = {
  module: 'talks',
  scrubs: {
    talks: { summary: 'empty' },
    next_steps: { description: 'empty' },
  },
  notPersonal: {
    talks: { kind: 'a code from a fixed list', visibility: 'a code from a fixed list' },
  },
  run: (trx, { programmeId, participantId }) => scrubTalks(trx, programmeId, participantId),
};
