import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../ui/testing/render.tsx';
import { SubjectCell } from './AuditPage.tsx';

const base = {
  id: '1',
  at: '2026-12-03T10:00:00.000Z',
  actorUserId: null,
  actorName: 'Ada Admin',
  actorRole: 'administrator',
  action: 'read' as const,
  programmeId: '00000000-0000-4000-8000-000000000001',
  requestId: null,
  ip: null,
  details: {},
};

/** Issue #16: the audit log showed subjects as bare UUIDs without links. */
describe('the audit log subject', () => {
  it('names the subject in Danish and links to its page when the server named it', async () => {
    await renderUi(
      <SubjectCell
        event={{
          ...base,
          subjectType: 'participant',
          subjectId: '00000000-0000-4000-8000-000000000002',
          subject: { label: 'Zelma Ørsted', on: null },
        }}
      />,
    );
    const link = screen.getByRole('link', { name: 'Zelma Ørsted' });
    expect(link.getAttribute('href')).toBe(
      '/programmes/00000000-0000-4000-8000-000000000001/participants/00000000-0000-4000-8000-000000000002',
    );
    expect(screen.getByTestId('ui-root').textContent).toBe('Deltager: Zelma Ørsted');
  });

  it('names a match round by its date', async () => {
    await renderUi(
      <SubjectCell
        event={{
          ...base,
          subjectType: 'match_round',
          subjectId: '00000000-0000-4000-8000-000000000003',
          subject: { label: '2026-12-03', on: '2026-12-03' },
        }}
      />,
    );
    expect(screen.getByRole('link').textContent).toBe('3. december 2026');
    expect(screen.getByTestId('ui-root').textContent).toBe('Matchrunde: 3. december 2026');
  });

  it('keeps the id, without a link, for a subject the reader may not open', async () => {
    await renderUi(<SubjectCell event={{ ...base, subjectType: 'site', subjectId: 'abc', subject: null }} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByTestId('ui-root').textContent).toBe('Boligområdeabc');
  });
});
