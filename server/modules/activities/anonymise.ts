import type { AnonymiseContribution } from '../../lib/anonymise.ts';

/** Invitations and attendance hold no free text: the funnel statistics keep them as they are. */
export const activitiesAnonymise: AnonymiseContribution = {
  module: 'activities',
  scrubs: {},
  notPersonal: {
    activity_participants: { status: 'invited, registered…: a code from a fixed list' },
  },
};
