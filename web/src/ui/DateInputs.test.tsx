import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DateInput, MonthPicker, monthLabel, monthsBetween } from './DateInputs.tsx';
import { expectAccessible, renderUi } from './testing/render.tsx';
import { fakeForm } from './testing/form.ts';

describe('monthsBetween and monthLabel', () => {
  it('lists months newest first across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });

  it('names the month in the UI language', () => {
    expect(monthLabel('2026-03', 'da')).toBe('marts 2026');
    expect(monthLabel('2026-03', 'en')).toBe('March 2026');
  });
});

describe('DateInput and MonthPicker', () => {
  it('are labelled fields with their bounds', async () => {
    const form = fakeForm();
    const { container } = await renderUi(
      <form aria-label="Test">
        <DateInput form={form} name="workedOn" label="Dato" min="2026-01-01" max="2026-12-31" defaultValue="2026-03-02" />
        <MonthPicker form={form} name="month" label="Måned" locale="da" from="2026-01" to="2026-03" defaultValue="2026-02" />
      </form>,
    );
    const date = screen.getByLabelText('Dato') as HTMLInputElement;
    expect([date.type, date.min, date.max, date.value]).toEqual(['date', '2026-01-01', '2026-12-31', '2026-03-02']);
    expect(screen.getByRole('button', { name: /Måned/ }).textContent).toContain('februar 2026');
    await expectAccessible(container);
  });
});
