import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Adjustment,
  CandidateList,
  OpeningList,
  PairExplanation,
  RoundDetail,
  RoundSummary,
  WeightSets,
  createAdjustmentBody,
  createRoundBody,
} from '../../../../shared/schemas/matching.ts';
import { api } from '../../api.ts';
import { placementKeys, placementPaths } from '../../lib/api/placements.ts';

export type { CandidateList, OpeningList, PairExplanation, Adjustment, RoundSummary, RoundDetail, WeightSets };
export type Evidence = CandidateList['results'][number];
export type Excluded = CandidateList['excluded'];

const enc = encodeURIComponent;
const base = (p: string) => `/api/programmes/${enc(p)}`;

/** Every API path of the feature, so a renamed endpoint is one edit. */
export const paths = {
  candidates: (p: string, o: string) => `${base(p)}/openings/${enc(o)}/candidates`,
  why: (p: string, o: string, person: string) => `${paths.candidates(p, o)}/${enc(person)}/why`,
  openings: (p: string, person: string) => `${base(p)}/participants/${enc(person)}/openings`,
  adjustments: (p: string) => `${base(p)}/match-adjustments`,
  removeAdjustment: (p: string, a: string) => `${base(p)}/match-adjustments/${enc(a)}/remove`,
  weightSets: (p: string) => `${base(p)}/match-weight-sets`,
  rounds: (p: string) => `${base(p)}/match-rounds`,
  round: (p: string, r: string) => `${base(p)}/match-rounds/${enc(r)}`,
};

/** Query keys start with the programme; one invalidation refreshes every ranked list after an adjustment. */
export const keys = {
  matching: (p: string) => ['programmes', p, 'matching'] as const,
  rounds: (p: string) => ['programmes', p, 'matching', 'rounds'] as const,
};

export const candidatesQuery = (p: string, o: string) =>
  queryOptions({ queryKey: [...keys.matching(p), 'candidates', o], queryFn: () => api.get<CandidateList>(paths.candidates(p, o)) });

export const participantOpeningsQuery = (p: string, person: string) =>
  queryOptions({ queryKey: [...keys.matching(p), 'openings', person], queryFn: () => api.get<OpeningList>(paths.openings(p, person)) });

export const whyQuery = (p: string, o: string, person: string) =>
  queryOptions({ queryKey: [...keys.matching(p), 'why', o, person], queryFn: () => api.get<PairExplanation>(paths.why(p, o, person)) });

export const adjustmentsQuery = (p: string, filters: { openingId?: string; participantId?: string }) =>
  queryOptions({
    queryKey: [...keys.matching(p), 'adjustments', filters],
    queryFn: () => api.get<{ adjustments: Adjustment[] }>(paths.adjustments(p), filters),
  });

export const weightSetsQuery = (p: string) =>
  queryOptions({ queryKey: [...keys.matching(p), 'weight-sets'], queryFn: () => api.get<WeightSets>(paths.weightSets(p)) });

export const roundsQuery = (p: string) =>
  queryOptions({ queryKey: [...keys.rounds(p), 'list'], queryFn: () => api.get<{ rounds: RoundSummary[] }>(paths.rounds(p)) });

/** A round is polled while the job works on it, and left alone once it has an outcome. */
export const roundQuery = (p: string, r: string) =>
  queryOptions({
    queryKey: [...keys.rounds(p), 'one', r],
    queryFn: () => api.get<RoundDetail>(paths.round(p, r)),
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'draft' || q.state.data.status === 'running') ? 1000 : false),
  });

function useInvalidate(p: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.matching(p) });
}

export function useAddAdjustment(p: string) {
  const invalidate = useInvalidate(p);
  return useMutation({
    mutationFn: (body: z.input<typeof createAdjustmentBody>) => api.post<Adjustment>(paths.adjustments(p), body),
    onSuccess: invalidate,
  });
}

export function useRemoveAdjustment(p: string) {
  const invalidate = useInvalidate(p);
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => api.post<Adjustment>(paths.removeAdjustment(p, id), { reason }),
    onSuccess: invalidate,
  });
}

/**
 * "Foreslå": a proposed placement for one pair, carrying the score and the strongest evidence as
 * its match reasons. The placements feature exports no hook for this, so it posts to its path.
 */
export function usePropose(p: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { participantId: string; openingId: string; matchReasons: { code: string; value?: unknown }[] }) =>
      api.post<{ id: string }>(placementPaths.placements(p), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: placementKeys.placements(p) }),
  });
}

export function useCreateRound(p: string) {
  const invalidate = useInvalidate(p);
  return useMutation({
    mutationFn: (body: z.input<typeof createRoundBody>) => api.post<RoundSummary>(paths.rounds(p), body),
    onSuccess: invalidate,
  });
}

export function useRerun(p: string, r: string) {
  const invalidate = useInvalidate(p);
  return useMutation({
    mutationFn: () => api.post<RoundSummary>(`${paths.round(p, r)}/rerun`, {}),
    onSuccess: invalidate,
  });
}

export function usePublish(p: string, r: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RoundDetail>(`${paths.round(p, r)}/publish`),
    onSuccess: async (saved) => {
      queryClient.setQueryData(roundQuery(p, r).queryKey, saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.matching(p) }),
        queryClient.invalidateQueries({ queryKey: placementKeys.placements(p) }),
      ]);
    },
  });
}
