import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api.ts';
import { Forbidden } from './Forbidden.tsx';
import { Page } from './Page.tsx';
import { Loading, QueryError } from './Status.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/**
 * A page that needs one query before it can show anything: loading, not found (also for malformed
 * ids), forbidden and other errors each get their page; `children` renders the data.
 */
export function QueryPage<T>({ title, query, children }: { title: string; query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isPending) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  if (query.isError) {
    const error = query.error;
    if (error instanceof ApiError && (error.status === 404 || error.code === 'validation_failed')) return <NotFoundPage />;
    if (error instanceof ApiError && error.status === 403) return <Forbidden />;
    return (
      <Page title={title}>
        <QueryError error={error} />
      </Page>
    );
  }
  return <>{children(query.data)}</>;
}
