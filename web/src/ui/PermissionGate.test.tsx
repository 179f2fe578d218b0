import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { PermissionGate } from './PermissionGate.tsx';
import { renderUi } from './testing/render.tsx';

describe('PermissionGate', () => {
  it('shows the page to users who may see it', async () => {
    await renderUi(
      <PermissionGate allowed>
        <h1>Løn</h1>
      </PermissionGate>,
    );
    expect(screen.getByRole('heading', { name: 'Løn' })).toBeTruthy();
  });

  it('shows the no-access page, or the fallback, to others', async () => {
    await renderUi(
      <PermissionGate allowed={false}>
        <h1>Løn</h1>
      </PermissionGate>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(i18next.t('forbidden.title'));
  });

  it('renders the fallback for inline parts', async () => {
    await renderUi(
      <PermissionGate allowed={false} fallback={null}>
        <button type="button">Slet</button>
      </PermissionGate>,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
