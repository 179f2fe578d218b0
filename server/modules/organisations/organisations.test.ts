import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { createCompany, programmeWithCoordinator } from '../companies/fixtures.ts';

/** Issue #17: GET /api/organisations listed every programme's partners and employers to any staff member. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const names = async (res: Promise<{ json(): any }>) => ((await res).json().organisations as { name: string }[]).map((o) => o.name);

describe('listing organisations', () => {
  it("shows staff only their programmes' organisations, and platform administrators all", async () => {
    const one = await programmeWithCoordinator(t);
    const two = await programmeWithCoordinator(t);
    await createCompany(one.c, one.p.id, { name: 'Eget Bageri ApS' });
    await createCompany(two.c, two.p.id, { name: 'Andet Programs Smed ApS' });

    const seenByOne = await names(one.c.get('/api/organisations'));
    expect(seenByOne).toContain('Eget Bageri ApS');
    expect(seenByOne).not.toContain('Andet Programs Smed ApS');

    const admin = await t.createUser({ platformAdmin: true });
    const seenByAdmin = await names((await t.loginAs(admin.id)).get('/api/organisations'));
    expect(seenByAdmin).toEqual(expect.arrayContaining(['Eget Bageri ApS', 'Andet Programs Smed ApS']));
  });
});
