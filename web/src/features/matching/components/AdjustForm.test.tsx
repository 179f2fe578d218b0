import { fireEvent, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { renderUi } from '../../../ui/testing/render.tsx';
import { AdjustForm } from './AdjustForm.tsx';

const ids = { programmeId: '00000000-0000-4000-8000-000000000001', openingId: '00000000-0000-4000-8000-000000000002' };

afterEach(() => vi.unstubAllGlobals());

/** Issue #16: an exemption with no rule ticked must be refused, never sent as "every rule". */
describe('AdjustForm override', () => {
  it('asks for at least one rule and sends nothing when none is ticked', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    await renderUi(
      <AdjustForm {...ids} participantId="00000000-0000-4000-8000-000000000003" label="Anna" allowOverride onDone={() => undefined} />,
    );
    await user.click(screen.getByRole('radio', { name: 'Undtag fra en af programmets regler' }));
    await user.type(screen.getByRole('textbox', { name: /Begrundelse/ }), 'Kender virksomheden');
    fireEvent.submit(screen.getByRole('form'));
    expect((await screen.findAllByText(/Vælg mindst én regel, der skal undtages/)).length).toBeGreaterThan(0);
    expect(fetch).not.toHaveBeenCalled();
  });
});
