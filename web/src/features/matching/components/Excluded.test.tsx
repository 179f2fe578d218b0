import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../i18n.ts';
import { renderUi } from '../../../ui/testing/render.tsx';
import { ExcludedSection } from './Excluded.tsx';

const failure = (rule: 'age' | 'consent', code: string, params: Record<string, unknown>) => ({
  rule,
  legal: true,
  code,
  params,
  message: 'besked',
  messageEn: 'message',
});

/** Issue #16: a candidate outside the opening's own age band is not excluded by a law. */
describe('ExcludedSection', () => {
  it("names the opening's age band as the reason, and keeps 'legal requirement' for the laws", async () => {
    await renderUi(
      <ExcludedSection
        meta={{
          hidden: [],
          excluded: {
            total: 3,
            truncated: false,
            byRule: { age: 2, consent: 1 },
            items: [
              {
                id: '00000000-0000-4000-8000-000000000001',
                label: 'Anna',
                rule: 'age',
                failure: failure('age', 'age.too-old', { minAge: 15, maxAge: 17 }),
              },
              {
                id: '00000000-0000-4000-8000-000000000002',
                label: 'Bo',
                rule: 'age',
                failure: failure('age', 'age.too-young', { minAge: 18, maxAge: null }),
              },
              {
                id: '00000000-0000-4000-8000-000000000003',
                label: 'Cem',
                rule: 'consent',
                failure: failure('consent', 'consent.none', {}),
              },
            ],
          },
        }}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toContain('(Uden for jobbets aldersgruppe (15–17 år))');
    expect(items[1]).toContain('(Uden for jobbets aldersgruppe (mindst 18 år))');
    expect(items[2]).toContain('(Lovkrav – kan ikke undtages)');
    expect(items.slice(0, 2).join(' ')).not.toContain('Lovkrav');
  });
});
