import type { AnonymiseContribution } from '../../lib/anonymise.ts';

/** The status history the KPIs count (filled by a trigger, 0008) holds codes only, and stays. */
export const outcomesAnonymise: AnonymiseContribution = {
  module: 'outcomes',
  scrubs: {},
  notPersonal: {
    participant_status_changes: { from_status: 'a status code', to_status: 'a status code' },
  },
};
