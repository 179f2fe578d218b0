import { fireEvent, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { renderUi } from '../../../ui/testing/render.tsx';
import { NewRoundForm } from './NewRoundForm.tsx';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

/** Issue #16: the round form asked for a "Startværdi" and a share "(0–1)"; people think in lottery numbers and percentages. */
describe('NewRoundForm', () => {
  it('asks for the lottery share in per cent, sends the API its 0–1 share, and folds the lottery number away', async () => {
    const fetch = vi.fn(async (url: string, init?: RequestInit) =>
      init?.method === 'POST' ? json({ id: '00000000-0000-4000-8000-000000000009' }) : json({ openings: [] }),
    );
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    const { container } = await renderUi(<NewRoundForm programmeId="00000000-0000-4000-8000-000000000001" />);
    const share = await screen.findByRole('textbox', { name: /Andel af pladser til lodtrækning \(%\)/ });
    expect(container.textContent).not.toMatch(/Startværdi|\(0–1\)/);
    const seed = screen.getByRole('textbox', { name: /Lodtrækningsnummer \(valgfrit\)/ });
    expect(seed.closest('details')?.querySelector('summary')?.textContent).toBe('Avanceret');

    await user.clear(share);
    await user.type(share, '25');
    await user.click(screen.getByRole('checkbox', { name: 'Alle åbne job' }));
    fireEvent.submit(screen.getByRole('form'));
    await waitFor(() => expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const [, init] = fetch.mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(JSON.parse(String(init!.body))).toMatchObject({ lotteryShare: 0.25, allOpenOpenings: true });
  });

  it('refuses a share over 100 %', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => json({ openings: [] }));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    await renderUi(<NewRoundForm programmeId="00000000-0000-4000-8000-000000000001" />);
    const share = await screen.findByRole('textbox', { name: /Andel af pladser til lodtrækning/ });
    await user.clear(share);
    await user.type(share, '150');
    fireEvent.submit(screen.getByRole('form'));
    expect((await screen.findAllByText(/må højst være 100\./)).length).toBeGreaterThan(0);
    expect(fetch.mock.calls.every(([, init]) => init?.method !== 'POST')).toBe(true);
  });
});
