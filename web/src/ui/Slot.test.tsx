import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Slot, SlotProvider } from './Slot.tsx';
import { renderUi } from './testing/render.tsx';

describe('Slot', () => {
  it('renders what the app put in the slot, and nothing when it is empty', async () => {
    await renderUi(
      <SlotProvider slots={{ 'portal.home': () => <p>Jobforslag</p> }}>
        <Slot name="portal.home" />
        <Slot name="mentor.home" />
      </SlotProvider>,
    );
    expect(screen.getByText('Jobforslag')).toBeTruthy();
    expect(screen.getByTestId('ui-root').children).toHaveLength(1);
  });
});
