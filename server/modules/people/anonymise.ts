import { ANONYMISED, type AnonymiseContribution } from '../../lib/anonymise.ts';
import { anonymiseRow, scrubLadderReasons } from './repository.ts';

const CODE = 'a code from a fixed list';
/**
 * The last name an anonymised person is left with, so every page that joins first and last name
 * reads "Anonymiseret person" rather than the marker twice ("Anonymiseret Anonymiseret").
 */
export const ANONYMISED_LAST_NAME = 'person';

/**
 * The participant row. Runs first: it marks the person anonymised, which other modules' scrubs
 * (the hours' narrow door, 0010) require. A legal hold may keep the name, contact or CPR groups.
 * The ladder's reasons are free text about the person (but for the code 'intake'); steps, dates and ages stay.
 */
export const participantsAnonymise: AnonymiseContribution = {
  module: 'people',
  scrubs: {
    participants: {
      first_name: 'marker',
      last_name: 'replaced',
      birth_date: 'month',
      email: 'null',
      phone: 'null',
      address: 'null',
      cpr_enc: 'null',
      cpr_hash: 'null',
      cpr_reason: 'null',
      school: 'null',
      skills: 'empty',
      languages: 'empty',
      goals: 'null',
      readiness_notes: 'null',
      priority_note: 'null',
    },
    ladder_events: { reason: 'marker' },
  },
  notPersonal: {
    participants: {
      kind: 'youth or adult: the statistics are split by it',
      education_status: CODE,
      interests: 'work-area codes',
      availability: 'weekday/time-slot codes',
      travel_modes: CODE,
      benefit_type: CODE,
      track: CODE,
      status: CODE,
    },
    ladder_events: {
      kind: CODE,
      from_track: CODE,
      to_track: CODE,
    },
  },
  async run(trx, { programmeId, participantId, keep }) {
    await anonymiseRow(trx, programmeId, participantId, keep, { firstName: ANONYMISED, lastName: ANONYMISED_LAST_NAME });
    await scrubLadderReasons(trx, programmeId, participantId, ANONYMISED);
  },
};
