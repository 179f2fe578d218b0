import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Column, DataTable } from './DataTable.tsx';
import { expectAccessible, renderUi } from './testing/render.tsx';

type Person = { id: string; name: string; hours: number };
const columns: Column<Person>[] = [
  { key: 'name', header: 'Navn', cell: (p) => p.name, rowHeader: true },
  { key: 'hours', header: 'Timer', cell: (p) => p.hours, numeric: true },
];
const rows: Person[] = [
  { id: '1', name: 'Amina', hours: 12 },
  { id: '2', name: 'Bo', hours: 7.5 },
];

describe('DataTable', () => {
  it('renders a captioned table with column and row headers', async () => {
    const { container } = await renderUi(<DataTable caption="Deltagere" columns={columns} rows={rows} rowKey={(p) => p.id} />);
    const table = screen.getByRole('table', { name: 'Deltagere' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Navn', 'Timer']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Amina', 'Bo']);
    expect(screen.getByRole('region', { name: 'Deltagere' }).tabIndex).toBe(0);
    await expectAccessible(container);
  });

  it('says so instead of showing an empty table', async () => {
    await renderUi(<DataTable caption="Deltagere" columns={columns} rows={[]} rowKey={(p) => p.id} empty="Ingen deltagere" />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Ingen deltagere')).toBeTruthy();
  });
});
