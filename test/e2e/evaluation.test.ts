import { describe, expect, it } from 'vitest';
import { asSystem } from '../../db/tenant.ts';
import type { Page } from '../support/browser.ts';
import { apiAs, choose, loginInBrowser, seedProgramme, seedUser, useE2e, visit } from '../support/e2e.ts';

/**
 * Evaluation export by role (issue #16, item 4): each role sees only what it may do and is told in
 * Danish what it may not, with the way to where the key is made; a refusal the page can still meet
 * is one translated sentence, never the server's JSON.
 */
const { server, browser } = useE2e();

const note = (page: Page) => page.getByTestId('evaluation-access-note');

async function open(user: Awaited<ReturnType<typeof seedUser>>) {
  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  await loginInBrowser(page, server.baseUrl, user);
  return page;
}

describe('evaluation export by role', () => {
  it('shows the administrator keys, not downloads; the coordinator who may do neither; the evaluator a translated refusal', async () => {
    const { programme } = await seedProgramme(server);
    const p = programme.id;
    const evaluationUrl = `${server.baseUrl}/programmes/${p}/evaluering`;
    // As in the demo: the platform administrator who created the programme is its administrator too.
    const ada = await seedUser(server, { name: 'Ada Administrator', programmeId: p, role: 'administrator' });
    await asSystem(server.db, (trx) => trx.updateTable('users').set({ is_platform_admin: true }).where('id', '=', ada.id).execute());
    const kim = await seedUser(server, { name: 'Kim Koordinator', programmeId: p, role: 'coordinator' });
    const eli = await seedUser(server, { name: 'Eli Evaluator', programmeId: p, role: 'evaluator' });
    await (
      await apiAs(server, ada.id)
    )('POST', `/api/programmes/${p}/evaluation/keys`, { name: 'VIVE-evaluering 2026' });

    // The administrator: no download, told why, and led to the key page, where she may work.
    const admin = await open(ada);
    expect(await admin.getByRole('link', { name: /^Evalueringsdata/ }).count()).toBe(0);
    await admin.goto(evaluationUrl);
    await visit(admin, 'Evalueringsdata');
    await note(admin).getByText('Som administrator henter du ikke selv evalueringsdata').waitFor();
    expect(await admin.getByRole('button', { name: /^Hent/ }).count()).toBe(0);
    expect(await admin.getByLabel('Eksportnøgle').count()).toBe(0);
    await note(admin).getByRole('link', { name: 'Gå til eksportnøgler til evaluering' }).click();
    await visit(admin, 'Eksportnøgler til evaluering');
    await admin.getByRole('cell', { name: 'VIVE-evaluering 2026' }).waitFor();

    // The coordinator: neither page, each saying who may, and no "contact your coordinator".
    const coordinator = await open(kim);
    await coordinator.goto(evaluationUrl);
    await visit(coordinator, 'Evalueringsdata');
    await note(coordinator).getByText('det kan kun programmets evaluatorer').waitFor();
    await note(coordinator).getByText('laves af programmets administrator').waitFor();
    expect(await coordinator.locator('main').textContent()).not.toContain('koordinator');
    await coordinator.goto(`${evaluationUrl}/noegler`);
    await visit(coordinator, 'Eksportnøgler til evaluering');
    await note(coordinator).getByText('Du kan ikke lave eksportnøgler: det kan kun programmets administrator.').waitFor();
    expect(await coordinator.getByLabel('Navn på nøglen').count()).toBe(0);

    // The evaluator chooses the key; when her role is taken away meanwhile, the download is refused in Danish.
    const evaluator = await open(eli);
    await evaluator.goto(evaluationUrl);
    await visit(evaluator, 'Evalueringsdata');
    await choose(evaluator, evaluator.locator('main'), /Eksportnøgle$/, 'VIVE-evaluering 2026');
    await evaluator.getByRole('button', { name: 'Vælg nøgle' }).click();
    await asSystem(server.db, (trx) => trx.updateTable('memberships').set({ role: 'funder' }).where('user_id', '=', eli.id).execute());
    await evaluator.getByRole('button', { name: 'Hent Excel-projektmappe (alle tabeller og kodebog)' }).click();
    await evaluator.getByRole('alert').getByText('Du har ikke adgang til at gøre dette.').waitFor();
    expect(evaluator.url()).toBe(evaluationUrl);
    expect(await evaluator.locator('body').textContent()).not.toMatch(/"error"|forbidden/);
    await visit(evaluator, 'Evalueringsdata');
  });
});
