import { Link } from '@tanstack/react-router';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PageHeader } from './PageHeader.tsx';
import { expectAccessible, renderUi } from './testing/render.tsx';

describe('PageHeader', () => {
  it('has one h1, a named breadcrumb trail and the actions', async () => {
    const { container } = await renderUi(
      <main>
        <PageHeader
          title="Bageriet"
          lead="Virksomhed"
          crumbs={<Link to="/">Virksomheder</Link>}
          actions={<button type="button">Rediger</button>}
        >
          <p>Indhold</p>
        </PageHeader>
      </main>,
    );
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Bageriet']);
    const trail = screen.getByRole('navigation', { name: 'Brødkrummesti' });
    expect(within(trail).getByRole('link', { name: 'Virksomheder' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rediger' })).toBeTruthy();
    expect(document.title).toContain('Bageriet');
    await expectAccessible(container);
  });
});
