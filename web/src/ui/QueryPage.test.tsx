import type { UseQueryResult } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api.ts';
import { QueryPage } from './QueryPage.tsx';
import { expectAccessible, renderUi } from './testing/render.tsx';

/** Only the fields QueryPage reads; a real query would need a server. */
function fake<T>(state: Partial<UseQueryResult<T>>): UseQueryResult<T> {
  return { isPending: false, isError: false, ...state } as UseQueryResult<T>;
}

describe('QueryPage', () => {
  it('shows the page title and a loading status while pending', async () => {
    const { container } = await renderUi(
      <QueryPage title="Virksomhed" query={fake({ isPending: true })}>
        {() => null}
      </QueryPage>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Virksomhed' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Henter');
    await expectAccessible(container);
  });

  it('renders the data through its children', async () => {
    await renderUi(
      <QueryPage title="Virksomhed" query={fake({ isSuccess: true, data: { name: 'Bageriet' } })}>
        {(data) => <h1>{data.name}</h1>}
      </QueryPage>,
    );
    expect(screen.getByRole('heading', { name: 'Bageriet' })).toBeTruthy();
  });

  it('shows the not-found page for a 404', async () => {
    const notFound = new ApiError(404, 'not_found', 'Not found');
    await renderUi(
      <QueryPage title="Virksomhed" query={fake({ isError: true, error: notFound })}>
        {() => null}
      </QueryPage>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(i18next.t('notFound.title'));
  });

  it('shows the no-access page for a 403', async () => {
    const forbidden = new ApiError(403, 'forbidden', 'Forbidden');
    await renderUi(
      <QueryPage title="Virksomhed" query={fake({ isError: true, error: forbidden })}>
        {() => null}
      </QueryPage>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(i18next.t('forbidden.title'));
  });

  it('announces other errors as an alert under the title', async () => {
    const { container } = await renderUi(
      <QueryPage title="Virksomhed" query={fake({ isError: true, error: new ApiError(500, 'internal', 'boom') })}>
        {() => null}
      </QueryPage>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Virksomhed' })).toBeTruthy();
    expect(screen.getByRole('alert')).toBeTruthy();
    await expectAccessible(container);
  });
});
