import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Disclosure } from './Disclosure.tsx';
import { expectAccessible, renderUi } from './testing/render.tsx';

describe('Disclosure', () => {
  it('folds its content under a summary that opens it', async () => {
    const { container } = await renderUi(
      <Disclosure title="Tilføj mentor">
        <p>Formular</p>
      </Disclosure>,
    );
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    await userEvent.click(screen.getByText('Tilføj mentor'));
    expect(details?.open).toBe(true);
    await expectAccessible(container);
  });
});
