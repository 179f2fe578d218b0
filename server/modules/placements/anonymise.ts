import type { AnonymiseContribution } from '../../lib/anonymise.ts';
import { scrubMentorHourNotes } from './mentor-hours-repository.ts';
import { scrubPlacements } from './repository.ts';

const CODE = 'a code from a fixed list';

/**
 * The person's placements ("forløb"), their history and mentor hours: the free text goes, every
 * row, status, date, code and number stays, so placement and mentor-cost statistics do not change.
 */
export const placementsAnonymise: AnonymiseContribution = {
  module: 'placements',
  scrubs: {
    placements: { match_reasons: 'empty' },
    placement_events: { note: 'null' },
    mentor_hours: { note: 'null' },
  },
  notPersonal: {
    placements: {
      status: CODE,
      weekly_schedule: 'the agreed working hours per weekday (times, not text)',
      wage_payer: CODE,
      end_reason: CODE,
      decline_reason: CODE,
      declined_by: CODE,
      outcome: CODE,
    },
    placement_events: { action: CODE, from_status: CODE, to_status: CODE, party: CODE, reason: 'the end or decline reason code' },
    placement_follow_ups: { code: CODE },
    mentor_hours: {
      mentor_name: 'the mentor’s name (a company employee, not the participant), kept for the mentor-cost accounts',
      payer: CODE,
    },
  },
  async run(trx, { programmeId, participantId }) {
    await scrubPlacements(trx, programmeId, participantId);
    await scrubMentorHourNotes(trx, programmeId, participantId);
  },
};
