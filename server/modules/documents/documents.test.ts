import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/calendar/local-time.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { companyWithWorkplace, employerContact } from '../companies/fixtures.ts';
import { auditAbout } from '../participants/fixtures.ts';
import {
  addGuardian,
  agreedPlacement,
  mentor,
  ok,
  openOpening,
  person,
  portalAccount,
  propose,
  today,
  world,
  yearsAgo,
  type World,
} from '../placements/fixtures.ts';
import { pdfText } from '../../../test/support/pdf-text.ts';

/** The placement documents as PDFs: content, access and the 3-hour rule. */

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp();
  w = await world(t);
});
afterAll(() => t.close());

const doc = (id: string, name: 'employment-statement' | 'parent-letter', query = '') =>
  `/api/programmes/${w.p}/placements/${id}/documents/${name}.pdf${query}`;
/** Text of the PDF with line breaks folded, so assertions need not know where lines wrap. */
const textOf = (body: Buffer) => pdfText(body).replace(/\s+/g, ' ');

describe('the employment statement', () => {
  it('is a Danish PDF with the mandatory particulars, as an audited export', async () => {
    const { person: p, placement } = await agreedPlacement(w, {
      person: { firstName: 'Søren', lastName: 'Ærø', address: 'Ellemarksvej 3, 4600 Køge' },
    });
    const res = await w.c.get(doc(placement.id, 'employment-statement'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="ansaettelsesbevis-${placement.id}.pdf"; filename*=UTF-8''${encodeURIComponent(`ansættelsesbevis-${placement.id}.pdf`)}`,
    );
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = textOf(res.rawPayload);
    for (const s of [
      'Jobplaneten Køge',
      'Ansættelsesbevis',
      'ansættelsesbevisloven',
      'Bageriet Ellemarken ApS',
      w.place.company.cvr,
      'Torvet 1, 4600 Køge',
      'Søren Ærø',
      'Ellemarksvej 3, 4600 Køge',
      'Butiksassistent',
      'Tidsbegrænset ansættelse',
      'ophører uden forudgående opsigelse',
      '6 timer i gennemsnit',
      'tirsdag kl. 15:00–17:00',
      'lørdag kl. 10:00–14:00',
      '65,00 kr.',
      'arbejdsgiveren',
      'Månedsvis bagud',
      'ferieloven',
      'Opsigelse',
      'Kollektiv overenskomst',
      'Ingen registreret',
      'Prøvetid',
      'Uddannelse',
      'forælder/værge',
    ])
      expect(text, s).toContain(s);
    const events = await auditAbout(t, p.id);
    expect(
      events.some(
        (e) =>
          e.action === 'export' &&
          e.subject_type === 'placement' &&
          (e.details as { document?: string }).document === 'employment_statement',
      ),
    ).toBe(true);
  });

  it('is refused at 3 hours a week or less (409 statement_not_required) unless forced', async () => {
    const { placement } = await agreedPlacement(w, {
      person: { firstName: 'Lille' },
      agreement: { hoursPerWeek: 2, weeklySchedule: [{ weekday: 6, start: '10:00', end: '12:00', breakMinutes: 0 }] },
    });
    const refused = await w.c.get(doc(placement.id, 'employment-statement'));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'statement_not_required', details: { hoursPerWeek: 2, threshold: 3 } });
    const forced = await w.c.get(doc(placement.id, 'employment-statement', '?force=true'));
    expect(forced.statusCode).toBe(200);
    expect(textOf(forced.rawPayload)).toContain('2 timer i gennemsnit');
  });

  it('needs agreed terms (409 placement_not_agreed)', async () => {
    const p = await person(w, { firstName: 'Uaftalt' });
    const pl = await propose(w, p.id);
    const res = await w.c.get(doc(pl.id, 'employment-statement'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'placement_not_agreed', details: { status: 'proposed' } });
  });

  it('goes to the placement’s own employer, without last name and address unless a consent shares contact details', async () => {
    const { person: p, placement } = await agreedPlacement(w, {
      person: { firstName: 'Yasmin', lastName: 'Privat', address: 'Hemmeligvej 9' },
    });
    const res = await w.contact.client.get(doc(placement.id, 'employment-statement'));
    expect(res.statusCode, res.body).toBe(200);
    const text = textOf(res.rawPayload);
    expect(text).toContain('Yasmin');
    expect(text).not.toContain('Privat');
    expect(text).not.toContain('Hemmeligvej');
    expect(text).toContain('udfyldes af arbejdsgiveren');

    await ok(
      w.c.post(`/api/programmes/${w.p}/participants/${p.id}/consents`, {
        purpose: 'share_employer',
        allPartners: true,
        dataCategories: ['contact'],
        givenOn: today(),
        givenBy: 'guardian',
        guardianId: (await addGuardian(w, p.id)).id,
        method: 'paper',
      }),
      201,
    );
    const shared = textOf((await w.contact.client.get(doc(placement.id, 'employment-statement'))).rawPayload);
    expect(shared).toContain('Yasmin Privat');
    expect(shared).toContain('Hemmeligvej 9');
  });

  it('is refused to other companies (404), to the mentor (403), and to roles without placements (404)', async () => {
    const mads = await mentor(t, w, { withUser: true, name: 'Mads Adgang' });
    const { placement } = await agreedPlacement(w, { person: { firstName: 'Adgang' }, agreement: { mentorId: mads.record.id } });
    const other = await companyWithWorkplace(w.c, w.p, 'Anden Virksomhed ApS');
    const otherContact = await employerContact(t, w.p, other.company.organisationId, 'Ole Anden');
    expect((await otherContact.client.get(doc(placement.id, 'employment-statement'))).statusCode).toBe(404);
    expect((await mads.user!.client.get(doc(placement.id, 'employment-statement'))).statusCode).toBe(403);
    const evaluator = await t.member(w.p, 'evaluator');
    expect((await evaluator.client.get(doc(placement.id, 'employment-statement'))).statusCode).toBe(404);
    // The employer gets the statement only, never the letter to the parents.
    expect((await w.contact.client.get(doc(placement.id, 'parent-letter'))).statusCode).toBe(403);
  });
});

describe('the person and their guardians', () => {
  it('read both PDFs of their own placement in the app, and never another child’s (404)', async () => {
    const young = { birthDate: yearsAgo(14), compulsorySchool: true };
    const { person: p, placement } = await agreedPlacement(w, { person: { firstName: 'Egen', ...young } });
    const { person: otherChild, placement: otherPlacement } = await agreedPlacement(w, { person: { firstName: 'Fremmed', ...young } });
    const self = await portalAccount(t, w.p, { participantId: p.id }, 'Egen Selv');
    const parent = await portalAccount(t, w.p, { guardianId: (await addGuardian(w, p.id)).id }, 'Egen Forælder');
    const otherParent = await portalAccount(t, w.p, { guardianId: (await addGuardian(w, otherChild.id)).id }, 'Fremmed Forælder');

    for (const reader of [self, parent]) {
      for (const name of ['employment-statement', 'parent-letter'] as const) {
        const res = await reader.client.get(doc(placement.id, name));
        expect(res.statusCode, `${reader.email} ${name}`).toBe(200);
        expect(res.headers['content-type']).toContain('application/pdf');
        expect(textOf(res.rawPayload)).toContain('Egen');
        // Another child's documents: the placement does not exist for them.
        expect((await reader.client.get(doc(otherPlacement.id, name))).statusCode, `${reader.email} other ${name}`).toBe(404);
      }
    }
    expect((await otherParent.client.get(doc(placement.id, 'parent-letter'))).statusCode).toBe(404);
    expect((await otherParent.client.get(doc(otherPlacement.id, 'parent-letter'))).statusCode).toBe(200);

    const exports = (await auditAbout(t, p.id)).filter((e) => e.action === 'export' && e.subject_type === 'placement');
    expect(exports.map((e) => (e.details as { as: string }).as).sort()).toEqual(['guardian', 'guardian', 'participant', 'participant']);
  });
});

describe('the letter to the parents', () => {
  it('names the job, its hours, the risks from the safety flags and the precautions, and the guardian notices', async () => {
    const assessed = addDays(today(), -10);
    const opening = await openOpening(w.c, w.p, w.place.workplace.id, {
      title: 'Lagermedhjælper',
      tasks: 'Pakke varer og rydde op',
      minAge: 15,
      flags: { lightWorkOnly: true, machinesOrChemicals: true, riskAssessmentDoneOn: assessed, liftingOver12kg: true, moneyHandling: true },
    });
    const p = await person(w, { firstName: 'Freja', lastName: 'Østergaard', birthDate: yearsAgo(15, 40) });
    const g = await addGuardian(w, p.id);
    const pl = await propose(w, p.id, opening.id);
    await ok(
      w.c.post(`/api/programmes/${w.p}/participants/${p.id}/guardian-notices`, {
        guardianId: g.id,
        placementId: pl.id,
        jobDescription: 'Lager',
        hours: 'Lørdag 10–14',
        risks: 'Tunge kasser',
        precautions: 'Sækkevogn og oplæring',
        informedOn: today(),
      }),
      201,
    );

    const res = await w.c.get(doc(pl.id, 'parent-letter'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`orientering-til-forældre-${pl.id}.pdf`)}`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = textOf(res.rawPayload);
    for (const s of [
      'Orientering til forældre om job',
      'Kære Mona Hansen',
      'Freja Østergaard',
      'Lagermedhjælper',
      'Pakke varer og rydde op',
      'Bageriet Ellemarken ApS',
      '6 timer i gennemsnit',
      'tirsdag kl. 15:00–17:00',
      'maskiner eller kemiske produkter',
      'Arbejdspladsvurderingen (APV)',
      'løft over 12 kg',
      'håndtering af penge',
      'En voksen medarbejder over 18 år er til stede',
      'bekendtgørelse om unges arbejde',
      'Tunge kasser',
      'Sækkevogn og oplæring',
      'Jobplaneten Køge',
    ])
      expect(text, s).toContain(s);
    const events = await auditAbout(t, p.id);
    expect(events.some((e) => e.action === 'export' && (e.details as { document?: string }).document === 'parent_letter')).toBe(true);
  });

  it('is not made for someone of 18 or over (409 parent_letter_not_required)', async () => {
    const adultOpening = await openOpening(w.c, w.p, w.place.workplace.id, { title: 'Voksenjob', minAge: 15, maxAge: null });
    const p = await person(w, { firstName: 'Voksen', birthDate: yearsAgo(18, 10), compulsorySchool: false });
    const pl = await propose(w, p.id, adultOpening.id);
    const res = await w.c.get(doc(pl.id, 'parent-letter'));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'parent_letter_not_required', details: { age: 18 } });
  });
});
