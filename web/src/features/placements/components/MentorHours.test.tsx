import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { renderUi } from '../../../ui/testing/render.tsx';
import type { Placement } from '../api.ts';
import { MentorHours } from './MentorHours.tsx';

afterEach(() => vi.unstubAllGlobals());

const placement = {
  id: '00000000-0000-4000-8000-000000000002',
  programmeId: '00000000-0000-4000-8000-000000000001',
  status: 'completed',
  actingAs: 'mentor',
  activatedAt: '2026-03-01T08:00:00.000Z',
  agreement: { mentor: { id: '00000000-0000-4000-8000-000000000003', name: 'Mona Mentor' } },
} as unknown as Placement;

/** Issue #16: the mentor-hours list showed the raw key `placements.mentorHours.hours` (its plural forms need a count). */
describe('MentorHours', () => {
  it('says how many hours each logged date has, singular and plural', async () => {
    const entries = [
      { id: 'a', workedOn: '2026-03-02', hours: 2, cost: 300, note: null },
      { id: 'b', workedOn: '2026-03-03', hours: 1, cost: 150, note: null },
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ entries }), { status: 200 })),
    );
    await renderUi(<MentorHours p={placement} />);
    expect(await screen.findByText(/2 timer/)).toBeTruthy();
    expect(screen.getByText(/1 time$/)).toBeTruthy();
    expect(screen.queryByText(/placements\.mentorHours/)).toBeNull();
  });
});

/** Issue #16: the mentor-hours form kept its values after saving, inviting a double entry. */
describe('the mentor-hours form', () => {
  it('is emptied once the hours are saved', async () => {
    const posted: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init?: RequestInit) => {
        if (init?.method === 'POST') {
          posted.push(JSON.parse(String(init.body)));
          return new Response(JSON.stringify({ id: 'x' }), { status: 201 });
        }
        return new Response(JSON.stringify({ entries: [] }), { status: 200 });
      }),
    );
    await renderUi(<MentorHours p={{ ...placement, status: 'active' } as Placement} />);
    await userEvent.click(await screen.findByText('Skriv timer'));
    const hours = screen.getByLabelText(/^Timer/);
    await userEvent.type(hours, '2');
    await userEvent.type(screen.getByLabelText(/^Note/), 'Samtale om mødetider');
    await userEvent.click(screen.getByRole('button', { name: 'Gem timer' }));
    await screen.findByText('Timerne er gemt.');
    expect(posted).toHaveLength(1);
    expect((hours as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText(/^Note/) as HTMLInputElement).value).toBe('');
  });
});
