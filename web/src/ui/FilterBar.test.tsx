import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilterBar } from './FilterBar.tsx';
import { expectAccessible, renderUi } from './testing/render.tsx';

describe('FilterBar', () => {
  it('is a named search landmark that submits its fields and can reset', async () => {
    const onSubmit = vi.fn();
    const onReset = vi.fn();
    const { container } = await renderUi(
      <FilterBar label="Filtrér virksomheder" onSubmit={onSubmit} onReset={onReset}>
        <label>
          Søg
          <input name="q" defaultValue="bager" />
        </label>
      </FilterBar>,
    );
    expect(screen.getByRole('search', { name: 'Filtrér virksomheder' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Filtrér' }));
    expect((onSubmit.mock.calls[0]?.[0] as FormData).get('q')).toBe('bager');
    await userEvent.click(screen.getByRole('button', { name: 'Nulstil filtre' }));
    expect(onReset).toHaveBeenCalledOnce();
    await expectAccessible(container);
  });
});
