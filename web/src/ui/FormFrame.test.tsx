import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FormFrame } from './FormFrame.tsx';
import { NumberInput } from './fields.tsx';
import { NewPasswordInputs } from './PasswordFields.tsx';
import { expectAccessible, renderUi } from './testing/render.tsx';
import { fakeForm } from './testing/form.ts';

describe('FormFrame', () => {
  it('frames the fields with one submit button, as a search landmark when asked', async () => {
    const form = fakeForm({ places: 'Skriv et tal' });
    const { container } = await renderUi(
      <FormFrame form={form} variant="search" label="Søg pladser" submit="Søg">
        <NumberInput form={form} name="places" label="Pladser" />
      </FormFrame>,
    );
    expect(screen.getByRole('search', { name: 'Søg pladser' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Søg' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Pladser' }).getAttribute('inputmode')).toBe('numeric');
    await expectAccessible(container);
  });

  it('asks for a new password twice, both marked new-password', async () => {
    const form = fakeForm();
    const { container } = await renderUi(
      <FormFrame form={form} submit="Gem">
        <NewPasswordInputs form={form} label="Ny adgangskode" />
      </FormFrame>,
    );
    const fields = container.querySelectorAll('input[type="password"]');
    expect([...fields].map((f) => f.getAttribute('autocomplete'))).toEqual(['new-password', 'new-password']);
    expect(screen.getByLabelText(/Ny adgangskode/)).toBeTruthy();
    await expectAccessible(container);
  });
});
