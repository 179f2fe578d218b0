import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FormController } from '../lib/form.ts';
import { ComboBoxInput } from './ComboBox.tsx';
import { expectAccessible, renderUi } from './testing/render.tsx';
import { fakeForm } from './testing/form.ts';

const options = [
  { value: 'c1', label: 'Bageriet Brød & Co' },
  { value: 'c2', label: 'Byggefirmaet Nord' },
  { value: 'c3', label: 'Cykelværkstedet' },
];

describe('ComboBoxInput', () => {
  it('filters as the user types and submits the chosen value', async () => {
    const form: FormController = fakeForm();
    const { container } = await renderUi(
      <form aria-label="Test">
        <ComboBoxInput form={form} name="companyId" label="Virksomhed" options={options} />
      </form>,
    );
    const input = screen.getByRole('combobox', { name: 'Virksomhed' });
    await userEvent.type(input, 'By');
    const listbox = await screen.findByRole('listbox');
    expect(listbox.textContent).toContain('Byggefirmaet Nord');
    expect(listbox.textContent).not.toContain('Cykelværkstedet');
    await userEvent.click(screen.getByRole('option', { name: 'Byggefirmaet Nord' }));
    const data = new FormData(container.querySelector('form') ?? undefined);
    expect(data.get('companyId')).toBe('c2');
    await expectAccessible(container);
  });

  it('shows the field error between label and input', async () => {
    const form = fakeForm({ companyId: 'Vælg en virksomhed' });
    await renderUi(<ComboBoxInput form={form} name="companyId" label="Virksomhed" options={options} />);
    expect(screen.getByRole('combobox', { name: 'Virksomhed' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Vælg en virksomhed')).toBeTruthy();
  });
});
