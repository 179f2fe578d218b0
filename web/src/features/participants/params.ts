import { getRouteApi } from '@tanstack/react-router';
import { z } from 'zod';
import { ADULT_TRACKS, AGE_BANDS, PARTICIPANT_KINDS, PARTICIPANT_STATUSES } from '../../../../shared/domain/participants/constants.ts';

/** Filters live in the URL, so a filtered list can be bookmarked, shared and reached with Back. */
export const listSearch = z.object({
  q: z.string().max(100).optional().catch(undefined),
  site: z.uuid().optional().catch(undefined),
  kind: z.enum(PARTICIPANT_KINDS).optional().catch(undefined),
  step: z.coerce.number().int().min(1).max(4).optional().catch(undefined),
  track: z.enum(ADULT_TRACKS).optional().catch(undefined),
  status: z.enum(PARTICIPANT_STATUSES).optional().catch(undefined),
  interest: z.string().max(40).optional().catch(undefined),
  ageBand: z.enum(AGE_BANDS).optional().catch(undefined),
  needsAttention: z.boolean().optional().catch(undefined),
  offset: z.coerce.number().int().min(0).optional().catch(undefined),
});
export type ListSearch = z.infer<typeof listSearch>;

/** The feature's routes by name, so each page reads its params and search typed (`participantRoute.list.useSearch()`). */
export const participantRoute = {
  overview: getRouteApi('/authed/programmes/$programmeId'),
  list: getRouteApi('/authed/programmes/$programmeId/participants'),
  create: getRouteApi('/authed/programmes/$programmeId/participants/new'),
  profile: getRouteApi('/authed/programmes/$programmeId/participants/$participantId'),
  edit: getRouteApi('/authed/programmes/$programmeId/participants/$participantId/edit'),
};
