import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_RISK_FLAGS } from '../../../shared/domain/youth-rules/index.ts';
import type { OpeningFlags } from '../../../shared/schemas/openings.ts';
import { OPENING_LEGALITY_CODES } from '../../../shared/domain/employers/legality.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { api, companyWithWorkplace, issues, ok, openingBody, patch, programmeWithCoordinator } from '../companies/fixtures.ts';

/**
 * The system refuses to open an opening that cannot legally employ its youngest admitted age, and
 * says exactly why: one test per rule of shared/domain/youth-rules/opening.ts (plus the programme's
 * own staff-presence rule), each with its code and the Danish reason.
 */

let t: TestApp;
let env: Awaited<ReturnType<typeof programmeWithCoordinator>>;
let workplaceId: string;
let municipalWorkplaceId: string;
beforeAll(async () => {
  t = await createTestApp();
  env = await programmeWithCoordinator(t);
  workplaceId = (await companyWithWorkplace(env.c, env.p.id)).workplace.id;
  const municipality = await t.db
    .insertInto('organisations')
    .values({ name: 'Køge Kommune', kind: 'municipality' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('programme_partners').values({ programme_id: env.p.id, organisation_id: municipality.id }).execute();
  municipalWorkplaceId = (
    await ok(
      env.c.post(api.workplaces(env.p.id), {
        organisationId: municipality.id,
        name: 'Fritidsklubben',
        address: 'Skolevej 1',
        postalCode: '4600',
      }),
      201,
    )
  ).id;
});
afterAll(() => t.close());

const openings = () => api.openings(env.p.id);

type Flags = OpeningFlags;
const NO_FLAGS: Flags = { ...NO_RISK_FLAGS, lightWorkOnly: true };

/** A legal opening for 14-year-olds: light work, Tuesday 15–17 and Saturday 10–14, 6 hours a week. */
function young(overrides: Record<string, unknown> = {}, flags: Partial<Flags> = {}) {
  return openingBody(workplaceId, { minAge: 14, maxAge: 17, ...overrides, flags: { ...NO_FLAGS, ...flags } });
}

type Case = {
  rule: string;
  code: (typeof OPENING_LEGALITY_CODES)[number];
  body: () => Record<string, unknown>;
  /** The Danish reason, from its first words to the legal citation. */
  message: RegExp;
};

const CASES: Case[] = [
  {
    rule: 'refuses a minimum age under 13',
    code: 'min-age-below-13',
    body: () => young({ minAge: 12 }),
    message: /^Stillingen er åben fra 12 år\. Børn under 13 år må ikke arbejde for en arbejdsgiver \(arbejdsmiljøloven § 60/,
  },
  {
    rule: 'refuses work that is not light for under-15s',
    code: 'light-work-required',
    body: () => young({}, { lightWorkOnly: false }),
    message: /^Stillingen er ikke markeret som lettere arbejde\. Unge under 15 år må kun udføre lettere arbejde \(BEK om unges arbejde/,
  },
  {
    rule: 'refuses a shift after 20:00 when 13-year-olds are admitted',
    code: 'night-work',
    body: () => young({ minAge: 13, weeklySchedule: [{ weekday: 6, start: '17:00', end: '21:00', breakMinutes: 0 }], hoursPerWeek: 4 }),
    message:
      /^Planlagt arbejdstid lørdag kl\. 17:00–21:00\. En 13-årig må kun arbejde mellem kl\. 06:00 og kl\. 20:00 \(arbejdsmiljøloven § 61, stk\. 4/,
  },
  {
    rule: 'refuses more than 2 hours on a school day',
    code: 'daily-hours',
    body: () => young({ weeklySchedule: [{ weekday: 2, start: '15:00', end: '17:30', breakMinutes: 0 }], hoursPerWeek: 2.5 }),
    message:
      /^Planlagt tirsdag 2,5 timer\. En 14-årig må højst arbejde 2 timer på en skoledag \(mandag–fredag\) og 7 timer på en skolefri dag \(arbejdsmiljøloven § 61, stk\. 2/,
  },
  {
    rule: 'refuses more than 12 hours in a school week',
    code: 'weekly-hours',
    body: () => young({ minAge: 15, hoursPerWeek: 13 }, { lightWorkOnly: false }),
    message:
      /^13 timer om ugen\. En 15-årig må højst arbejde 12 timer i en skoleuge, medmindre opslaget kun er for unge, der er færdige med undervisningspligten \(arbejdsmiljøloven § 61, stk\. 2/,
  },
  {
    rule: 'refuses more than 4½ hours without a 30-minute break',
    code: 'missing-break',
    body: () => young({ minAge: 15, weeklySchedule: [{ weekday: 6, start: '09:00', end: '14:00', breakMinutes: 15 }], hoursPerWeek: 4.75 }),
    message:
      /^Over 4,5 timer arbejde uden 30 minutters pause \(lørdag\)\. Unge under 18 år skal have pausen \(arbejdsmiljøloven § 61, stk\. 3/,
  },
  {
    rule: 'refuses serving where alcohol is served for under-15s',
    code: 'alcohol-under-15',
    body: () => young({}, { alcoholServed: true }),
    message: /^Der serveres alkohol\. Unge under 15 år må kun servere, hvor der ikke serveres alkohol \(BEK om unges arbejde/,
  },
  {
    rule: 'refuses lifting over 12 kg for under-15s',
    code: 'heavy-lifting-under-15',
    body: () => young({}, { liftingOver12kg: true }),
    message: /^Jobbet indebærer løft over 12 kg\. Unge under 15 år må ikke løfte byrder over 12 kg \(BEK om unges arbejde/,
  },
  {
    rule: 'refuses machines for under-15s under the rules before 2025',
    code: 'machines-under-15',
    body: () => young({ startsOn: '2024-09-02' }, { machinesOrChemicals: true, riskAssessmentDoneOn: '2024-06-01' }),
    message:
      /^Jobbet indebærer maskiner eller kemikalier\. Efter reglerne i kraft 2024-09-02 må unge under 15 år ikke arbejde med dem \(BEK om unges arbejde/,
  },
  {
    rule: 'refuses machines or chemicals without a risk assessment for under-18s',
    code: 'machines-without-risk-assessment',
    body: () => young({ minAge: 16 }, { lightWorkOnly: false, machinesOrChemicals: true }),
    message:
      /^Jobbet indebærer maskiner eller kemikalier uden en dateret risikovurdering \(APV\) fra de seneste 3 år\. Den skal foreligge, før unge under 18 år må udføre arbejdet \(arbejdsmiljøloven § 15 a/,
  },
  {
    rule: 'refuses lone work for under-15s',
    code: 'lone-work-under-15',
    body: () => young({}, { loneWork: true }),
    message: /^Jobbet indebærer alenearbejde\. Unge under 15 år skal arbejde under effektivt tilsyn af en voksen \(BEK om unges arbejde/,
  },
  {
    rule: 'refuses handling money alone in the shop after 18:00 on weekdays for under-18s',
    code: 'lone-evening-shop-work',
    body: () =>
      young(
        {
          minAge: 16,
          adultStaffPresent: false,
          weeklySchedule: [{ weekday: 4, start: '16:30', end: '18:30', breakMinutes: 0 }],
          hoursPerWeek: 2,
        },
        { moneyHandling: true },
      ),
    message:
      /^Pengehåndtering uden en voksen til stede torsdag kl\. 16:30–18:30\. Unge under 18 år må ikke være alene i butikken efter kl\. 18:00 på hverdage og efter kl\. 14:00 i weekenden \(BEK om unges arbejde/,
  },
  {
    rule: 'refuses regular contact with children under 15 without a børneattest',
    code: 'child-certificate-required',
    body: () =>
      openingBody(workplaceId, {
        kind: 'ordinary_job',
        minAge: 18,
        maxAge: null,
        hoursPerWeek: 20,
        flags: { contactWithChildrenUnder15: true },
      }),
    message:
      /^Jobbet indebærer fast kontakt med børn under 15 år\. Arbejdsgiveren skal indhente børneattest før ansættelsen \(bekendtgørelse om indhentelse af børneattest\)\.$/,
  },
  {
    rule: 'refuses a step-2 job in a municipal institution without an adult staff member present',
    code: 'staff_presence_required',
    body: () => ({ ...young({ kind: 'municipal_leisure', adultStaffPresent: false }), workplaceId: municipalWorkplaceId }),
    message: /^Fritidsjob i kommunale institutioner \(trin 2\) kræver, at en voksen medarbejder er til stede, mens den unge arbejder\.$/,
  },
];

describe('the legality of an open opening', () => {
  it('covers every rule the young-worker rules implement', () => {
    expect(CASES.map((c) => c.code).sort()).toEqual([...OPENING_LEGALITY_CODES].sort());
  });

  it('opens the legal baseline for 14-year-olds', async () => {
    expect(await ok(env.c.post(openings(), { ...young(), status: 'open' }), 201)).toMatchObject({ status: 'open', refusals: [] });
  });

  it.each(CASES)('$rule ($code)', async ({ code, body, message }) => {
    // Created as open: refused with exactly this reason, and nothing is stored.
    const res = await env.c.post(openings(), { ...body(), status: 'open', title: `Ulovlig ${code}` });
    expect(res.statusCode, res.body).toBe(422);
    const { error } = res.json();
    expect(error.code).toBe('opening_not_legal');
    expect(error.details.refusals).toEqual([{ code, message: expect.stringMatching(message), messageEn: expect.any(String) }]);
    expect(await t.db.selectFrom('openings').select('id').where('title', '=', `Ulovlig ${code}`).execute()).toEqual([]);

    // Saved as a draft it carries the same refusal, and opening it later is refused the same way.
    const draft = await ok(env.c.post(openings(), body()), 201);
    expect(draft.refusals).toEqual(error.details.refusals);
    const opened = await env.c.post(`${api.opening(env.p.id, draft.id)}/status`, { status: 'open', version: draft.version });
    expect(opened.statusCode).toBe(422);
    expect(opened.json().error.details.refusals).toEqual(error.details.refusals);
    expect((await ok(env.c.get(api.opening(env.p.id, draft.id)))).status).toBe('draft');
  });
});

describe('legality around the rules', () => {
  it('allows what the rules allow at 15 and above', async () => {
    const allowed = [
      young({ minAge: 15 }, { lightWorkOnly: false, alcoholServed: true, liftingOver12kg: true, loneWork: true }),
      young({ minAge: 16 }, { machinesOrChemicals: true, riskAssessmentDoneOn: '2025-10-01' }),
      young({}, { machinesOrChemicals: true, riskAssessmentDoneOn: '2025-10-01' }),
      openingBody(workplaceId, {
        kind: 'ordinary_job',
        minAge: 18,
        maxAge: null,
        hoursPerWeek: 37,
        weeklySchedule: [{ weekday: 6, start: '22:00', end: '06:00', breakMinutes: 30 }],
      }),
      openingBody(workplaceId, {
        kind: 'ordinary_job',
        minAge: 18,
        maxAge: null,
        hoursPerWeek: 20,
        flags: { contactWithChildrenUnder15: true, childProtectionCertificate: true },
      }),
    ];
    for (const body of allowed)
      expect(await ok(env.c.post(openings(), { ...body, status: 'open' }), 201)).toMatchObject({ status: 'open', refusals: [] });
  });

  it('does not accept a risk assessment older than three years', async () => {
    const res = await env.c.post(openings(), {
      ...young({ minAge: 16 }, { machinesOrChemicals: true, riskAssessmentDoneOn: '2023-08-31' }),
      status: 'open',
    });
    expect(res.json().error.details.refusals.map((r: { code: string }) => r.code)).toEqual(['machines-without-risk-assessment']);
  });

  it('lists every reason at once, in order', async () => {
    const res = await env.c.post(openings(), {
      ...young(
        { minAge: 13, weeklySchedule: [{ weekday: 2, start: '18:00', end: '21:00', breakMinutes: 0 }], hoursPerWeek: 3 },
        { lightWorkOnly: false, alcoholServed: true, loneWork: true },
      ),
      status: 'open',
    });
    expect(res.json().error.details.refusals.map((r: { code: string }) => r.code)).toEqual([
      'light-work-required',
      'night-work',
      'daily-hours',
      'alcohol-under-15',
      'lone-work-under-15',
    ]);
  });

  it('keeps an open opening legal through edits and reopening', async () => {
    const o = await ok(env.c.post(openings(), { ...young(), status: 'open' }), 201);
    const edit = await patch(env.c, api.opening(env.p.id, o.id), { flags: { alcoholServed: true }, version: o.version });
    expect(edit.statusCode).toBe(422);
    expect(edit.json().error.details.refusals.map((r: { code: string }) => r.code)).toEqual(['alcohol-under-15']);
    expect((await ok(env.c.get(api.opening(env.p.id, o.id)))).flags.alcoholServed).toBe(false);
    // Raising the minimum age makes the same change legal.
    const raised = await ok(patch(env.c, api.opening(env.p.id, o.id), { minAge: 15, flags: { alcoholServed: true }, version: o.version }));
    expect(raised).toMatchObject({ status: 'open', minAge: 15, refusals: [] });
  });

  it('judges an opening by the rules in force on its first day, and refuses dates before any rules', async () => {
    const res = await env.c.post(openings(), { ...young({ startsOn: '2004-06-01' }), status: 'open' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([expect.objectContaining({ path: ['startsOn'], code: 'date_before_rules' })]);
  });
});

describe('openings only for young people out of compulsory school', () => {
  /** A step-4 job for 16-year-olds: Monday–Friday 07:00–13:30 with 30 minutes' break, 30 hours a week. */
  const fullTime = (overrides: Record<string, unknown> = {}) =>
    young(
      {
        kind: 'apprenticeship',
        title: 'Praktik som VVS-lærling',
        taskTags: ['plumbing'],
        minAge: 16,
        hoursPerWeek: 30,
        weeklySchedule: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '07:00', end: '13:30', breakMinutes: 30 })),
        ...overrides,
      },
      { lightWorkOnly: false, machinesOrChemicals: true, riskAssessmentDoneOn: '2026-06-01' },
    );

  it('opens a full-time apprenticeship for 16-year-olds, judged by the rules for young people out of school', async () => {
    const o = await ok(env.c.post(openings(), { ...fullTime(), status: 'open' }), 201);
    expect(o).toMatchObject({ status: 'open', kind: 'apprenticeship', ladderStep: 4, onlyOutOfCompulsorySchool: true, refusals: [] });
  });

  it('refuses the same internship when pupils may apply, and opens it when only youth out of school may', async () => {
    const res = await env.c.post(openings(), { ...fullTime({ kind: 'internship' }), status: 'open' });
    expect(res.statusCode, res.body).toBe(422);
    const { refusals } = res.json().error.details;
    expect(refusals.map((r: { code: string }) => r.code)).toEqual(['daily-hours', 'weekly-hours']);
    expect(refusals[0].message).toMatch(
      /^Planlagt mandag 6 timer, tirsdag 6 timer, onsdag 6 timer, torsdag 6 timer og fredag 6 timer\. En 16-årig må højst arbejde 2 timer på en skoledag \(mandag–fredag\) og 8 timer på en skolefri dag, medmindre opslaget kun er for unge, der er færdige med undervisningspligten \(arbejdsmiljøloven § 61, stk\. 2/,
    );
    const opened = await ok(
      env.c.post(openings(), { ...fullTime({ kind: 'internship', onlyOutOfCompulsorySchool: true }), status: 'open' }),
      201,
    );
    expect(opened).toMatchObject({ status: 'open', kind: 'internship', onlyOutOfCompulsorySchool: true, refusals: [] });
  });

  it('still refuses what young people out of school may not do', async () => {
    const res = await env.c.post(openings(), {
      ...fullTime({ weeklySchedule: [{ weekday: 6, start: '13:00', end: '23:00', breakMinutes: 30 }], hoursPerWeek: 9.5 }),
      status: 'open',
    });
    expect(res.json().error.details.refusals.map((r: { code: string; message: string }) => [r.code, r.message])).toEqual([
      [
        'night-work',
        expect.stringMatching(
          /^Planlagt arbejdstid lørdag kl\. 13:00–23:00\. En 16-årig, der er færdig med undervisningspligten, må kun arbejde mellem kl\. 06:00 og kl\. 22:00 \(arbejdsmiljøloven § 61, stk\. 4–5/,
        ),
      ],
      [
        'daily-hours',
        expect.stringMatching(
          /^Planlagt lørdag 9,5 timer\. En 16-årig, der er færdig med undervisningspligten, må højst arbejde 8 timer om dagen \(arbejdsmiljøloven § 61, stk\. 1/,
        ),
      ],
    ]);
  });

  it('keeps an apprenticeship only for youth out of school, and defaults other kinds to false', async () => {
    const refused = await env.c.post(openings(), fullTime({ onlyOutOfCompulsorySchool: false }));
    expect(refused.statusCode).toBe(400);
    expect(issues(refused)).toEqual({ onlyOutOfCompulsorySchool: 'apprenticeship_out_of_school_only' });

    const draft = await ok(env.c.post(openings(), fullTime({ kind: 'internship' })), 201);
    expect(draft).toMatchObject({ status: 'draft', onlyOutOfCompulsorySchool: false });
    expect(draft.refusals.map((r: { code: string }) => r.code)).toEqual(['daily-hours', 'weekly-hours']);
    // Becoming an apprenticeship sets the flag, which clears the refusals; it cannot then be unset.
    const apprenticeship = await ok(patch(env.c, api.opening(env.p.id, draft.id), { kind: 'apprenticeship', version: draft.version }));
    expect(apprenticeship).toMatchObject({ onlyOutOfCompulsorySchool: true, refusals: [] });
    const unset = await patch(env.c, api.opening(env.p.id, draft.id), {
      onlyOutOfCompulsorySchool: false,
      version: apprenticeship.version,
    });
    expect(issues(unset)).toEqual({ onlyOutOfCompulsorySchool: 'apprenticeship_out_of_school_only' });
  });

  it('keeps an open internship legal when the flag is taken off', async () => {
    const o = await ok(
      env.c.post(openings(), { ...fullTime({ kind: 'internship', onlyOutOfCompulsorySchool: true }), status: 'open' }),
      201,
    );
    const edit = await patch(env.c, api.opening(env.p.id, o.id), { onlyOutOfCompulsorySchool: false, version: o.version });
    expect(edit.statusCode).toBe(422);
    expect(edit.json().error.details.refusals.map((r: { code: string }) => r.code)).toEqual(['daily-hours', 'weekly-hours']);
    expect((await ok(env.c.get(api.opening(env.p.id, o.id)))).onlyOutOfCompulsorySchool).toBe(true);
  });
});
