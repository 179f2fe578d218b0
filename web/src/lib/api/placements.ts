import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { placement, placementDetail } from '../../../../shared/schemas/placements.ts';
import { api } from '../../api.ts';

/**
 * The placement resources other features read too (timesheets hang under a placement; matching
 * proposes placements; the portal shows a person's own). Below the features, so none imports
 * another; `features/placements/api.ts` spreads these paths and keys into its own.
 */

export type Placement = z.infer<typeof placement>;
export type PlacementDetail = z.infer<typeof placementDetail>;

const enc = encodeURIComponent;

export const placementPaths = {
  placements: (p: string) => `/api/programmes/${enc(p)}/placements`,
  placement: (p: string, id: string) => `/api/programmes/${enc(p)}/placements/${enc(id)}`,
  mine: () => '/api/me/placements',
};

/** Query keys start with the programme, so one invalidation refreshes a programme's placements. */
export const placementKeys = {
  placements: (p: string) => ['programmes', p, 'placements'] as const,
  mine: ['me', 'placements'] as const,
};

export const placementQuery = (p: string, id: string) =>
  queryOptions({
    queryKey: [...placementKeys.placements(p), 'one', id],
    queryFn: () => api.get<PlacementDetail>(placementPaths.placement(p, id)),
  });

/** The caller's own placements: an employer's candidates, a mentor's mentees, a person's proposals. */
export const myPlacementsQuery = queryOptions({
  queryKey: placementKeys.mine,
  queryFn: () => api.get<{ placements: Placement[] }>(placementPaths.mine()),
});

/** Who the placement is about, as the caller may see them: full name for staff, first name outside. */
export function personName(p: Placement): string {
  if (p.participant) return `${p.participant.firstName} ${p.participant.lastName}`;
  return p.candidate?.firstName ?? '';
}

/** The first name, whichever view of the person the viewer has. */
export function firstName(p: Placement): string {
  return p.participant?.firstName ?? p.candidate?.firstName ?? '';
}
