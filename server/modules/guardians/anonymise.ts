import { ANONYMISED, type AnonymiseContribution } from '../../lib/anonymise.ts';
import { anonymiseGuardians, scrubNotices } from './repository.ts';

/** The person's guardians and the job notices sent to them; their portal link goes with the portal's part. */
export const guardiansAnonymise: AnonymiseContribution = {
  module: 'guardians',
  scrubs: {
    guardians: { name: 'marker', email: 'null', phone: 'null', address: 'null' },
    guardian_job_notices: { job_description: 'empty', hours: 'empty', risks: 'empty', precautions: 'empty' },
  },
  notPersonal: {
    guardians: { relation: 'mother, father, custodian…: a code from a fixed list' },
  },
  async run(trx, { programmeId, participantId }) {
    await anonymiseGuardians(trx, programmeId, participantId, ANONYMISED);
    await scrubNotices(trx, programmeId, participantId);
  },
};
