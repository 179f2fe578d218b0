import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n.ts';
import { renderUi } from '../../../ui/testing/render.tsx';
import { SlotProvider } from '../../../ui/Slot.tsx';
import { MentoringPage } from './MentoringPage.tsx';

vi.mock('../../../components/SessionContext.tsx', () => ({ useSession: () => ({}) }));
vi.mock('../access.ts', async (original) => ({ ...(await original<typeof import('../access.ts')>()), isMentor: () => true }));

afterEach(() => vi.unstubAllGlobals());

const record = {
  id: '00000000-0000-4000-8000-000000000003',
  programmeId: '00000000-0000-4000-8000-000000000001',
  programmeName: 'Jobplaneten Køge',
  organisationId: '00000000-0000-4000-8000-000000000002',
  organisationName: 'Bageriet Ellemarken ApS',
  workplaceId: null,
  userId: null,
  name: 'Mona Mentor',
  email: null,
  phone: null,
  hoursPerWeek: 2,
  ratePerHour: 150,
  weeklyCost: 300,
};

/**
 * Issue #16: the mentor card said "no young people are linked to you" right above the mentee. The
 * mentees and their empty text come from one query, in the placements feature's `mentor.home` slot.
 */
describe('MentoringPage', () => {
  it('leaves who the mentor’s young people are to the mentees list instead of a constant “none”', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ mentors: [record] }), { status: 200 })),
    );
    await renderUi(
      <SlotProvider slots={{ 'mentor.home': () => <p>Sofie, 14 år</p> }}>
        <MentoringPage />
      </SlotProvider>,
    );
    expect(await screen.findByText('Bageriet Ellemarken ApS')).toBeTruthy();
    expect(screen.getByText('Sofie, 14 år')).toBeTruthy();
    expect(screen.queryByText('Der er ingen unge tilknyttet dig endnu.')).toBeNull();
  });
});
