import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../i18n.ts';
import { addDays } from '../../../../../shared/domain/calendar/local-time.ts';
import { copenhagenToday } from '../../../lib/today.ts';
import { renderUi } from '../../../ui/testing/render.tsx';
import type { PlacementDetail } from '../api.ts';
import { PlacementActions } from './PlacementActions.tsx';

const agreed = (startsOn: string) =>
  ({
    id: '00000000-0000-4000-8000-000000000002',
    programmeId: '00000000-0000-4000-8000-000000000001',
    status: 'agreed',
    version: 3,
    actingAs: 'coordinator',
    allowedActions: ['activate', 'decline'],
    participantAcceptedAt: '2026-03-01T08:00:00.000Z',
    participant: { firstName: 'Noah', lastName: 'Jensen' },
    agreement: { startsOn, endsOn: addDays(startsOn, 180), mentor: null },
  }) as unknown as PlacementDetail;

/** Issue #16: a placement could be started a month before its agreed start. */
describe('PlacementActions', () => {
  it('offers "Start forløbet" from the agreed start date, and before it says from when', async () => {
    const later = addDays(copenhagenToday(), 30);
    const { unmount } = await renderUi(<PlacementActions p={agreed(later)} onDone={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Start forløbet' })).toBeNull();
    expect(screen.getByText(/^Forløbet kan startes fra den aftalte startdato, /)).toBeTruthy();
    unmount();
    await renderUi(<PlacementActions p={agreed(copenhagenToday())} onDone={() => {}} />);
    expect(screen.getByRole('button', { name: 'Start forløbet' })).toBeTruthy();
  });
});
