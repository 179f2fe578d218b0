import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { auditRows, race } from '../../../test/support/races.ts';
import { api, companyWithWorkplace, employerContact, ok, openingBody, programmeWithCoordinator } from '../companies/fixtures.ts';

/**
 * Simultaneous decisions on one proposed opening (issue #17): exactly one approve or reject takes
 * effect, answers 200 and is audited; the others answer 409 (the row lock plus the conditional status
 * change), and the opening has one status change.
 */

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
let place: Awaited<ReturnType<typeof companyWithWorkplace>>;
let contact: Awaited<ReturnType<typeof employerContact>>;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t, 'Jobplaneten Kapløb');
  place = await companyWithWorkplace(env.c, env.p.id, 'Kapløbsbageriet ApS');
  contact = await employerContact(t, env.p.id, place.company.organisationId, 'Eva Arbejdsgiver');
});
afterAll(() => t.close());

const N = 10;

describe('racing decisions on one proposal', () => {
  it('answers one of ten approve/reject requests with 200 and the rest 409; one audit row and one status change', async () => {
    const proposal = await ok(
      contact.client.post(`/api/employer/companies/${place.company.id}/openings`, openingBody(place.workplace.id, { title: 'Kapløb' })),
      201,
    );
    const url = api.opening(env.p.id, proposal.id);
    const { won, lost } = await race(N, (i) =>
      i % 2 === 0 ? env.c.post(`${url}/approve`, { version: 1 }) : env.c.post(`${url}/reject`, { version: 1, reason: 'Nej tak' }),
    );
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(N - 1);
    const audits = await auditRows(t, 'opening', proposal.id, 'update');
    expect(audits).toHaveLength(1);
    const decisions = await t.db
      .selectFrom('opening_status_changes')
      .select('to_status')
      .where('opening_id', '=', proposal.id)
      .where('from_status', '=', 'proposed')
      .execute();
    expect(decisions).toHaveLength(1);
  });
});
