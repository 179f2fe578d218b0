import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SroiParameters } from '../../../../shared/domain/sroi/parameters.ts';
import type { parameterSet, parameterSetList, parameterSetVersion, sroiResult } from '../../../../shared/schemas/social-return.ts';
import { api } from '../../api.ts';

export type ParameterSet = z.infer<typeof parameterSet>;
export type ParameterSetList = z.infer<typeof parameterSetList>;
export type ParameterSetVersion = z.infer<typeof parameterSetVersion>;
export type SroiResultView = z.infer<typeof sroiResult>;

const enc = encodeURIComponent;
const base = (p: string) => `/api/programmes/${enc(p)}/social-return`;

/** Every API path of the feature. */
export const paths = {
  sets: (p: string) => `${base(p)}/parameter-sets`,
  versions: (p: string, id: string) => `${base(p)}/parameter-sets/${enc(id)}/versions`,
  calculate: (p: string) => `${base(p)}/calculate`,
};

const keys = {
  sets: (p: string) => ['programmes', p, 'social-return', 'sets'] as const,
  versions: (p: string, id: string) => ['programmes', p, 'social-return', 'versions', id] as const,
};

export const setsQuery = (p: string) => queryOptions({ queryKey: keys.sets(p), queryFn: () => api.get<ParameterSetList>(paths.sets(p)) });
export const versionsQuery = (p: string, id: string) =>
  queryOptions({ queryKey: keys.versions(p, id), queryFn: () => api.get<{ items: ParameterSetVersion[] }>(paths.versions(p, id)) });

export function useCreateSet(p: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string }) => api.post<ParameterSet>(paths.sets(p), body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.sets(p) }),
  });
}

/** Saving always adds a version; the list and the version history are refetched. */
export function useSaveVersion(p: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { parameters: SroiParameters; reason: string }) => api.post<ParameterSetVersion>(paths.versions(p, id), body),
    onSuccess: () =>
      Promise.all([qc.invalidateQueries({ queryKey: keys.sets(p) }), qc.invalidateQueries({ queryKey: keys.versions(p, id) })]),
  });
}

export function useCalculate(p: string) {
  return useMutation({
    mutationFn: (body: { parameterSetId: string; version?: number; from: string; to: string }) =>
      api.post<SroiResultView>(paths.calculate(p), body),
  });
}
