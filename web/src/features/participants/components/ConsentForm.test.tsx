import { fireEvent, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Programme } from '../../../queries.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { renderUi } from '../../../ui/testing/render.tsx';
import type { Participant } from '../api.ts';
import '../i18n.ts';
import { ConsentForm } from './ConsentForm.tsx';

const [y, m, d] = copenhagenToday().split('-');
const fourteen = `${Number(y) - 14}-${m}-${d === '29' && m === '02' ? '28' : d}`;
const mother = { id: '00000000-0000-4000-8000-000000000009', name: 'Mor', relation: 'mother', removedAt: null };
const youth = (guardians: (typeof mother)[]) =>
  ({
    id: '00000000-0000-4000-8000-000000000001',
    programmeId: '00000000-0000-4000-8000-000000000002',
    kind: 'youth',
    birthDate: fourteen,
    guardians,
  }) as unknown as Participant;

/** Lets a test link a guardian while the consent form is already open, as the profile page does. */
function Harness() {
  const [guardians, setGuardians] = useState<(typeof mother)[]>([]);
  return (
    <>
      <button type="button" onClick={() => setGuardians([mother])}>
        Tilføj værge
      </button>
      <ConsentForm p={youth(guardians)} partners={[]} onGiven={() => undefined} />
    </>
  );
}

/** Issue #16: a 14-year-old's consent is given by a guardian unless someone chooses otherwise. */
describe('ConsentForm given by', () => {
  it('defaults a minor with a guardian to the guardian', async () => {
    await renderUi(<ConsentForm p={youth([mother])} partners={[]} onGiven={() => undefined} />);
    expect((screen.getByRole('radio', { name: 'En forælder eller værge' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Deltageren selv' }) as HTMLInputElement).checked).toBe(false);
  });

  it('offers "all partners" as a choice of its own and refuses a consent shared with nobody chosen', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const partners = [{ id: '00000000-0000-4000-8000-000000000005', name: 'Jobcenter Aarhus' }] as Programme['partners'];
    const { container } = await renderUi(<ConsentForm p={youth([mother])} partners={partners} onGiven={() => undefined} />);
    expect(screen.queryByText(/Vælg ingen/)).toBeNull();
    expect((screen.getByRole('checkbox', { name: 'Alle partnere i programmet' }) as HTMLInputElement).checked).toBe(false);
    const purpose = container.querySelector('select[name="purpose"]') as HTMLSelectElement;
    fireEvent.change(purpose, { target: { value: 'share_job_centre' } });
    await userEvent.setup().click(screen.getByRole('checkbox', { name: 'Kontaktoplysninger' }));
    fireEvent.submit(container.querySelector('form')!);
    expect((await screen.findAllByText(/Vælg, hvem samtykket gælder/)).length).toBeGreaterThan(0);
    expect(fetch).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('defaults to the guardian linked after the form opened', async () => {
    await renderUi(<Harness />);
    expect(screen.queryByRole('radio', { name: 'Deltageren selv' })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tilføj værge' }));
    expect((screen.getByRole('radio', { name: 'En forælder eller værge' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByText(/Hvilken forælder eller værge/).length).toBeGreaterThan(0);
  });
});
