import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api.ts';
import { ConfirmButton } from './ConfirmDialog.tsx';
import { expectAccessible, renderUi } from './testing/render.tsx';

describe('ConfirmButton', () => {
  it('asks in an alert dialog and closes when the action succeeds', async () => {
    const onConfirm = vi.fn(() => Promise.resolve());
    await renderUi(
      <ConfirmButton label="Anonymisér" title="Anonymisér Amina?" confirmLabel="Ja, anonymisér" onConfirm={onConfirm} danger>
        <p>Det kan ikke fortrydes.</p>
      </ConfirmButton>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Anonymisér' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Anonymisér Amina?' });
    await expectAccessible(dialog);
    await userEvent.click(screen.getByRole('button', { name: 'Ja, anonymisér' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('stays open and shows the error when the action fails', async () => {
    const onConfirm = () => Promise.reject(new ApiError(409, 'conflict', 'Conflict'));
    await renderUi(
      <ConfirmButton label="Slet" title="Slet?" confirmLabel="Ja, slet" onConfirm={onConfirm}>
        <p>Sikker?</p>
      </ConfirmButton>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Slet' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Ja, slet' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alertdialog')).toBeTruthy();
  });
});
