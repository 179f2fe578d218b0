import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActionStatus } from './ActionStatus.tsx';
import { expectAccessible, renderUi } from './testing/render.tsx';

describe('ActionStatus', () => {
  it('announces work in progress and shows a failure as an alert', async () => {
    const { container } = await renderUi(<ActionStatus pending error="Det lykkedes ikke." />);
    expect(screen.getByRole('status').textContent).toBe('Sender …');
    expect(screen.getByRole('alert').textContent).toBe('Det lykkedes ikke.');
    await expectAccessible(container);
  });

  it('stays silent when idle', async () => {
    await renderUi(<ActionStatus pending={false} error={null} />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
