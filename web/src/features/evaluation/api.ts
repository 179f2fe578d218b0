import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { EvaluationTable } from '../../../../shared/domain/evaluation/codebook.ts';
import type { evaluationKey } from '../../../../shared/schemas/evaluation.ts';
import { api } from '../../api.ts';

export type EvaluationKey = z.infer<typeof evaluationKey>;

const enc = encodeURIComponent;
export const paths = {
  keys: (p: string) => `/api/programmes/${enc(p)}/evaluation/keys`,
  /** A plain link: the browser downloads with the session cookie, and the server audits it. */
  dataset: (p: string, key: string, table?: EvaluationTable) =>
    `/api/programmes/${enc(p)}/evaluation/keys/${enc(key)}/dataset${table ? `?format=csv&table=${table}` : '?format=xlsx'}`,
};

const keysKey = (p: string) => ['programmes', p, 'evaluation', 'keys'] as const;
export const keysQuery = (p: string) =>
  queryOptions({ queryKey: keysKey(p), queryFn: () => api.get<{ items: EvaluationKey[] }>(paths.keys(p)) });

export function useCreateKey(p: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string }) => api.post<EvaluationKey>(paths.keys(p), body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keysKey(p) }),
  });
}
