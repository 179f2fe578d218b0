import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { adult } from '../participants/fixtures.ts';
import { activePlacement, addGuardian, createParticipant, ok, person, today, world, yearsAgo, type World } from '../placements/fixtures.ts';

/** Pseudonymised evaluation data: keys, consent filter, stable and unlinkable pseudonyms, no personal data, audit. */

let t: TestApp;
let w: World;
let admin: Awaited<ReturnType<TestApp['member']>>;
let evaluator: Awaited<ReturnType<TestApp['member']>>;
/** Every name, contact, address and CPR value seeded: none may appear anywhere in a download. */
const forbidden: string[] = [];
const ids: string[] = [];
let consented: { id: string }[];
let revocable: { consentId: string; participantId: string };

const keysUrl = () => `/api/programmes/${w.p}/evaluation/keys`;
const dataset = (keyId: string, q = '') => `/api/programmes/${w.p}/evaluation/keys/${keyId}/dataset${q}`;

async function consent(participantId: string, givenBy: 'participant' | 'guardian' = 'participant', guardianId?: string) {
  return ok(
    w.c.post(`/api/programmes/${w.p}/participants/${participantId}/consents`, {
      purpose: 'evaluation',
      allPartners: true,
      dataCategories: ['employment'],
      givenOn: today(),
      givenBy,
      guardianId,
      method: 'paper',
    }),
    201,
  );
}

async function workbook(keyId: string) {
  const res = await evaluator.client.get(dataset(keyId));
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/spreadsheetml/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return book;
}
const cells = (book: ExcelJS.Workbook) => {
  const out: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => out.push(String(c.value)))));
  return out;
};
const pseudonyms = (book: ExcelJS.Workbook) => {
  const sheet = book.getWorksheet('Deltagere')!;
  const list: string[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) list.push(String(row.getCell(1).value));
  });
  return list.sort();
};

beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
  admin = await t.member(w.p, 'administrator', { name: 'Ada Admin' });
  evaluator = await t.member(w.p, 'evaluator', { name: 'Eli Evaluator' });

  const lina = await activePlacement(w, {
    person: {
      firstName: 'Lina',
      lastName: 'Mortensen',
      phone: '+45 22 33 44 55',
      email: 'lina@example.test',
      address: 'Søndre Allé 7, 4600 Køge',
    },
  });
  const omar = await createParticipant(
    w.c,
    w.p,
    adult(w.env.site.id, {
      firstName: 'Omar',
      lastName: 'Khalil',
      email: 'omar.khalil@example.test',
      phone: '+45 40 50 60 70',
      address: 'Ellemarksvej 12, 4600 Køge',
      birthDate: '1990-01-01',
      cpr: '010190-1234',
      cprReason: 'Lønudbetaling',
      confirmNotDuplicate: true,
    }),
  );
  const nora = await person(w, { firstName: 'Nora', lastName: 'Jensen', phone: '+45 99 88 77 66', birthDate: yearsAgo(15) });
  forbidden.push(
    'Lina',
    'Mortensen',
    '+45 22 33 44 55',
    'lina@example.test',
    'Søndre Allé',
    'Omar',
    'Khalil',
    'omar.khalil@example.test',
    '+45 40 50 60 70',
    'Ellemarksvej 12',
    '010190-1234',
    '0101901234',
    'Nora',
    'Jensen',
    '+45 99 88 77 66',
    'Bageriet',
    'Mona Hansen',
    '+45 11 22 33 44',
  );
  ids.push(lina.person.id, omar.id, nora.id);

  // Lina consents herself; Omar consents; Nora does not (a guardian is on file, no evaluation consent).
  await addGuardian(w, nora.id);
  await consent(lina.person.id);
  const omarConsent = await consent(omar.id);
  consented = [lina.person, omar];
  revocable = { consentId: omarConsent.id, participantId: omar.id };

  // Approved hours on Lina's placement: 2 h.
  await t.db.updateTable('placements').set({ starts_on: '2025-01-06' }).where('id', '=', lina.placement.id).execute();
  await t.db
    .insertInto('shifts')
    .values({
      programme_id: w.p,
      placement_id: lina.placement.id,
      participant_id: lina.person.id,
      work_date: '2025-01-07',
      start_time: '15:00',
      end_time: '17:00',
      recorded_as: 'employer',
      status: 'approved',
      approved_at: new Date(),
    })
    .execute();
});
afterAll(() => t.close());

describe('evaluation keys', () => {
  it('administrators create named keys; the secret is never returned; evaluators see the names; others may not create', async () => {
    const key = await ok(admin.client.post(keysUrl(), { name: 'VIVE 2026' }), 201);
    expect(Object.keys(key).sort()).toEqual(['createdAt', 'id', 'name']);
    expect((await ok(evaluator.client.get(keysUrl()))).items).toEqual([key]);
    const row = await t.db.selectFrom('evaluation_keys').select('secret_enc').where('id', '=', key.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(await ok(evaluator.client.get(keysUrl())))).not.toContain(row.secret_enc);
    expect((await evaluator.client.post(keysUrl(), { name: 'Egen' })).statusCode).toBe(403);
    expect((await w.c.post(keysUrl(), { name: 'Egen' })).statusCode).toBe(403);
    expect((await admin.client.post(keysUrl(), { name: 'VIVE 2026' })).json().error.code).toBe('conflict');
  });
});

describe('the dataset', () => {
  it('holds only consenting people, codebook columns and no names, contacts, CPR or addresses; it is audited', async () => {
    const key = await ok(admin.client.post(keysUrl(), { name: 'Hovedevaluering' }), 201);
    const book = await workbook(key.id);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Deltagere', 'Forløb', 'Timer', 'Aktiviteter', 'Kodebog']);
    expect(book.getWorksheet('Deltagere')!.getRow(1).values).toEqual([
      undefined,
      'pseudonym',
      'kind',
      'birth_year',
      'site_code',
      'step',
      'track',
      'status',
    ]);
    expect(pseudonyms(book)).toHaveLength(consented.length);
    expect(book.getWorksheet('Forløb')!.rowCount).toBe(2);
    expect(book.getWorksheet('Timer')!.getRow(2).values).toEqual([undefined, expect.stringMatching(/^P[0-9A-F]{16}$/), '2025-01', 2]);
    const text = cells(book).join('\n');
    for (const value of [...forbidden, ...ids]) expect(text).not.toContain(value);

    const audit = await t.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'subject_id', 'details'])
      .where('programme_id', '=', w.p)
      .where('subject_type', '=', 'evaluation_dataset')
      .execute();
    expect(audit).toEqual([
      {
        action: 'export',
        actor_user_id: evaluator.id,
        subject_id: key.id,
        details: {
          keyName: 'Hovedevaluering',
          format: 'xlsx',
          tables: ['participants', 'placements', 'hours', 'activities'],
          rowCounts: { participants: 2, placements: 1, hours: 1, activities: 0 },
        },
      },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/P[0-9A-F]{16}/);
  });

  it('keeps pseudonyms stable per key, unlinkable across keys, and drops a revoked consent from the next download', async () => {
    const k1 = await ok(admin.client.post(keysUrl(), { name: 'Nøgle A' }), 201);
    const k2 = await ok(admin.client.post(keysUrl(), { name: 'Nøgle B' }), 201);
    const first = pseudonyms(await workbook(k1.id));
    expect(pseudonyms(await workbook(k1.id))).toEqual(first);
    const other = pseudonyms(await workbook(k2.id));
    expect(other).toHaveLength(first.length);
    expect(other.filter((p) => first.includes(p))).toEqual([]);

    await ok(
      w.c.post(`/api/programmes/${w.p}/participants/${revocable.participantId}/consents/${revocable.consentId}/revoke`, {
        reason: 'Ønsker ikke at deltage',
      }),
    );
    const after = pseudonyms(await workbook(k1.id));
    expect(after).toHaveLength(first.length - 1);
    expect(after.every((p) => first.includes(p))).toBe(true);
  });

  it('serves one CSV per table, and refuses coordinators, funders and a CSV without a table', async () => {
    const key = (await ok(evaluator.client.get(keysUrl()))).items[0];
    const csv = await evaluator.client.get(dataset(key.id, '?format=csv&table=placements'));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\r\n')[0]).toBe(
      '\uFEFFpseudonym;opening_kind;step;starts_on;ends_on;ended_on;status;outcome;end_reason;hours_per_week;payer',
    );
    for (const value of [...forbidden, ...ids]) expect(csv.body).not.toContain(value);
    expect((await evaluator.client.get(dataset(key.id, '?format=csv'))).json().error.details.issues[0].path).toEqual(['table']);

    const funder = await t.member(w.p, 'funder');
    for (const c of [w.c, funder.client, admin.client]) expect((await c.get(dataset(key.id))).statusCode).toBe(403);
    expect((await funder.client.get(keysUrl())).statusCode).toBe(403);
  });
});
