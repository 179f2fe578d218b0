import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, Outlet, RouterProvider } from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/domain/access/roles.ts';
import type { Me } from '../../../shared/schemas/auth.ts';
import { expectAccessible } from '../ui/testing/render.tsx';
import { ProgrammeNav } from './ProgrammeNav.tsx';
import { locateSection, PROGRAMME_SECTIONS } from './programmeSections.ts';

const P = '00000000-0000-4000-8000-000000000001';
const Q = '00000000-0000-4000-8000-000000000002';

function me(memberships: [string, string, Role][]): Me {
  return {
    stage: 'full',
    user: { id: 'u', name: 'Kim', email: 'kim@example.test', locale: 'da', isPlatformAdmin: false, totpEnabled: true },
    memberships: memberships.map(([programmeId, programmeName, role]) => ({ programmeId, programmeName, role, organisationId: null })),
  };
}

/** The menu inside a router that knows the sections' routes (and one detail page), at `path`. */
async function renderNav(user: Me, path: string, unread = 0) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  queryClient.setQueryData(['notifications'], { unread, notifications: [] });
  const root = createRootRoute({
    component: () => (
      <div data-testid="ui-root">
        <ProgrammeNav me={user} />
        <main>
          <Outlet />
        </main>
      </div>
    ),
  });
  const paths = [...PROGRAMME_SECTIONS.map((s) => s.to), '/programmes/$programmeId/participants/$participantId', '/'];
  const routes = [...new Set<string>(paths)].map((path) =>
    createRoute({ getParentRoute: () => root, path, component: () => <h1>Side</h1> }),
  );
  const router = createRouter({ routeTree: root.addChildren(routes), history: createMemoryHistory({ initialEntries: [path] }) });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  await screen.findByTestId('ui-root');
  return result;
}

const menu = () => screen.queryByRole('navigation', { name: 'Programmenu' });
const sectionNames = () =>
  within(menu()!)
    .getAllByRole('listitem')
    .filter((li) => li.parentElement?.id)
    .map((li) => within(li).getByRole('link').firstChild?.textContent);

describe('ProgrammeNav', () => {
  it.each<[Role, string[]]>([
    [
      'coordinator',
      [
        'Overblik',
        'Deltagere',
        'Virksomheder',
        'Jobopslag',
        'Forløb',
        'Matchning',
        'Aktiviteter',
        'Timer og løn',
        'Hotline',
        'Resultater',
        'Samfundsafkast',
        'Beskeder',
        'Indstillinger',
      ],
    ],
    [
      'administrator',
      [
        'Overblik',
        'Deltagere',
        'Virksomheder',
        'Jobopslag',
        'Forløb',
        'Matchning',
        'Aktiviteter',
        'Timer og løn',
        'Hotline',
        'Resultater',
        'Samfundsafkast',
        'Evaluering',
        'Beskeder',
        'Indstillinger',
      ],
    ],
    ['caseworker', ['Overblik', 'Deltagere', 'Virksomheder', 'Jobopslag', 'Aktiviteter']],
    ['funder', ['Resultater', 'Samfundsafkast']],
    ['evaluator', ['Resultater', 'Samfundsafkast', 'Evaluering']],
  ])('shows a %s the sections the permission matrix lets them open', async (role, expected) => {
    await renderNav(me([[P, 'Køge Ungejob', role]]), `/programmes/${P}/resultater`);
    expect(sectionNames()).toEqual(expected);
    expect(within(menu()!).getByText('Køge Ungejob')).toBeTruthy();
  });

  it.each<Role>(['employer_contact', 'mentor', 'participant', 'guardian'])('shows a %s no programme menu', async (role) => {
    await renderNav(me([[P, 'Køge Ungejob', role]]), `/programmes/${P}`);
    expect(menu()).toBeNull();
  });

  it('marks the section’s own page with aria-current="page" and a detail page’s section with "true"', async () => {
    const kim = me([[P, 'Køge Ungejob', 'coordinator']]);
    const { unmount } = await renderNav(kim, `/programmes/${P}/companies`);
    expect(within(menu()!).getByRole('link', { name: 'Virksomheder' }).getAttribute('aria-current')).toBe('page');
    expect(within(menu()!).getByRole('link', { name: 'Overblik' }).getAttribute('aria-current')).toBeNull();
    unmount();
    await renderNav(kim, `/programmes/${P}/participants/${Q}`);
    expect(within(menu()!).getByRole('link', { name: 'Deltagere' }).getAttribute('aria-current')).toBe('true');
    expect(
      within(menu()!)
        .getAllByRole('link')
        .filter((a) => a.hasAttribute('aria-current')),
    ).toHaveLength(1);
  });

  it('switches programme into the same section, or the first one the other programme offers', async () => {
    const kim = me([
      [P, 'Køge Ungejob', 'coordinator'],
      [Q, 'Viborg Jobløft', 'coordinator'],
      ['00000000-0000-4000-8000-000000000003', 'Aarhus', 'funder'],
    ]);
    const { container } = await renderNav(kim, `/programmes/${P}/companies`);
    await userEvent.click(screen.getByText('Skift program'));
    expect(container.querySelector('details')?.open).toBe(true);
    expect(screen.getByRole('link', { name: 'Viborg Jobløft' }).getAttribute('href')).toBe(`/programmes/${Q}/companies`);
    expect(screen.getByRole('link', { name: 'Aarhus' }).getAttribute('href')).toBe(
      '/programmes/00000000-0000-4000-8000-000000000003/resultater',
    );
    await expectAccessible(container);
    await userEvent.click(screen.getByRole('link', { name: 'Viborg Jobløft' }));
    expect(await within(menu()!).findByText('Viborg Jobløft')).toBeTruthy();
    expect(container.querySelector('details')?.open).toBe(false);
    expect(within(menu()!).getByRole('link', { name: 'Virksomheder' }).getAttribute('aria-current')).toBe('page');
  });

  it('counts unread messages in the Beskeder link', async () => {
    const { container } = await renderNav(me([[P, 'Køge Ungejob', 'coordinator']]), `/programmes/${P}`, 3);
    const link = within(menu()!).getByRole('link', { name: /^Beskeder/ });
    expect(link.textContent).toContain('3 ulæste');
    expect(link.getAttribute('href')).toBe('/notifikationer');
    await expectAccessible(container);
  });

  it('folds the sections behind a button that says whether they are shown', async () => {
    await renderNav(me([[P, 'Køge Ungejob', 'coordinator']]), `/programmes/${P}`);
    const toggle = screen.getByRole('button', { name: 'Programmenu' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toBeTruthy();
  });

  it('shows no menu on the start page, which lists every programme', async () => {
    await renderNav(me([[P, 'Køge Ungejob', 'coordinator']]), '/');
    expect(menu()).toBeNull();
  });
});

describe('locateSection', () => {
  it('finds the section a path lies in by whole segments', () => {
    expect(locateSection(`/programmes/${P}`)).toEqual({ key: 'overview', exact: true });
    expect(locateSection(`/programmes/${P}/openings/x/kandidater`)).toEqual({ key: 'openings', exact: false });
    expect(locateSection(`/programmes/${P}/loen`)).toEqual({ key: 'hours', exact: false });
    expect(locateSection(`/programmes/${P}/participantsx`)).toBeNull();
    expect(locateSection('/notifikationer')).toEqual({ key: 'messages', exact: true });
    expect(locateSection('/admin/audit')).toBeNull();
  });
});
