import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { answerBody, transitionBody } from '../../../../shared/schemas/placements.ts';
import { api } from '../../api.ts';
import { keys, type PlacementDetail, paths, placementQuery } from './api.ts';

/**
 * After any change to a placement: the detail is replaced by the server's answer (which carries the
 * new version and allowed actions), and every list that may show it is refetched.
 */
export function useRefreshPlacement() {
  const queryClient = useQueryClient();
  return async (saved: PlacementDetail) => {
    queryClient.setQueryData(placementQuery(saved.programmeId, saved.id).queryKey, saved);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.placements(saved.programmeId) }),
      queryClient.invalidateQueries({ queryKey: keys.mine }),
      queryClient.invalidateQueries({ queryKey: keys.notifications }),
    ]);
  };
}

/** Moves a placement; always sends the version that was read (the server refuses a stale one). */
export function useMovePlacement(p: PlacementDetail) {
  const refresh = useRefreshPlacement();
  return useMutation({
    mutationFn: (body: Omit<z.input<typeof transitionBody>, 'version'>) =>
      api.post<PlacementDetail>(paths.transitions(p.programmeId, p.id), { ...body, version: p.version }),
    onSuccess: refresh,
  });
}

/** The person's (or their guardian's) yes or no, or a coordinator recording it for them. */
export function useAnswerProposal(p: { programmeId: string; id: string; version: number }) {
  const refresh = useRefreshPlacement();
  return useMutation({
    mutationFn: (body: Omit<z.input<typeof answerBody>, 'version'>) =>
      api.post<PlacementDetail>(paths.answer(p.programmeId, p.id), { ...body, version: p.version }),
    onSuccess: refresh,
  });
}

/** Takes back the caller's own no to a proposal (the server refuses once anyone else acted). */
export function useUndoDecline(p: { programmeId: string; id: string; version: number }) {
  const refresh = useRefreshPlacement();
  return useMutation({
    mutationFn: () => api.post<PlacementDetail>(paths.undoDecline(p.programmeId, p.id), { version: p.version }),
    onSuccess: refresh,
  });
}
