import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';

let t: TestApp;
let coordinator: Awaited<ReturnType<TestApp['member']>>;
beforeAll(async () => {
  t = await createTestApp();
  const p = await t.createProgramme();
  coordinator = await t.member(p.id, 'coordinator');
});
afterAll(() => t.close());

const pupil14 = { birthDate: '2012-01-15', compulsorySchool: true, municipalityCode: '0259' };
const schoolWeek = ['02', '03', '04', '05', '06'].map((d) => ({
  start: `2026-03-${d}T15:00`,
  end: `2026-03-${d}T17:00`,
  breakMinutes: 0,
  employer: 'A',
}));

describe('POST /api/compliance/check', () => {
  it('passes a lawful school week for a 14-year-old', async () => {
    const res = await coordinator.client.post('/api/compliance/check', { person: pupil14, shifts: schoolWeek });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ category: 'child', ok: true, violations: [] });
  });

  it('sums across employers and flags 13 hours in a school week with a Danish message', async () => {
    const saturday = { start: '2026-03-07T10:00', end: '2026-03-07T13:00', breakMinutes: 0, employer: 'B' };
    const res = await coordinator.client.post('/api/compliance/check', { person: pupil14, shifts: [...schoolWeek, saturday] });
    const body = res.json();
    expect(body.ok).toBe(false);
    // Monday to Saturday also leaves one free day in the week: the weekly rest (§ 62, stk. 2) is broken too.
    expect(body.violations).toEqual([
      expect.objectContaining({ rule: 'school-week-hours', date: '2026-03-02', limit: 12, actual: 13 }),
      expect.objectContaining({ rule: 'weekly-rest' }),
    ]);
    expect(body.violations[0].message).toMatch(/12 timer/);
  });

  it('lets given school days replace the calendar', async () => {
    const res = await coordinator.client.post('/api/compliance/check', {
      person: pupil14,
      schoolDays: ['2026-03-02'],
      shifts: [{ start: '2026-03-02T15:00', end: '2026-03-02T17:30', breakMinutes: 0 }],
    });
    expect(res.json().violations.map((v: { rule: string }) => v.rule)).toEqual(['school-day-hours']);
  });

  it('flags night work and too young', async () => {
    const night = await coordinator.client.post('/api/compliance/check', {
      person: pupil14,
      shifts: [{ start: '2026-03-07T18:00', end: '2026-03-07T21:00', breakMinutes: 0 }],
    });
    expect(night.json().violations.map((v: { rule: string }) => v.rule)).toContain('night-work');
    const young = await coordinator.client.post('/api/compliance/check', {
      person: { birthDate: '2014-01-01', compulsorySchool: true },
      shifts: [{ start: '2026-03-07T10:00', end: '2026-03-07T11:00', breakMinutes: 0 }],
    });
    expect(young.json()).toMatchObject({ category: 'under-13', ok: false, violations: [expect.objectContaining({ rule: 'min-age' })] });
  });

  it('answers malformed input with 400 and the field path', async () => {
    const cases: Array<[unknown, string, string]> = [
      [{ start: '2026-03-02T17:00', end: '2026-03-02T15:00', breakMinutes: 0 }, 'shifts.0.end', 'end_before_start'],
      [{ start: '2026-02-30T15:00', end: '2026-03-02T17:00', breakMinutes: 0 }, 'shifts.0.start', 'local_datetime_invalid'],
      [{ start: '2026-03-02T15:00', end: '2026-03-02T17:00', breakMinutes: -5 }, 'shifts.0.breakMinutes', 'break_negative'],
      [{ start: '2026-03-02 15:00', end: '2026-03-02T17:00', breakMinutes: 0 }, 'shifts.0.start', 'local_datetime_format'],
    ];
    for (const [shift, path, code] of cases) {
      const res = await coordinator.client.post('/api/compliance/check', { person: pupil14, shifts: [shift] });
      expect(res.statusCode, path).toBe(400);
      expect(res.json().error.details.issues).toContainEqual(
        expect.objectContaining({ path: path.split('.').map((p) => (/^\d+$/.test(p) ? p : p)), code }),
      );
    }
    const badDate = await coordinator.client.post('/api/compliance/check', {
      person: { ...pupil14, birthDate: '2012-13-01' },
      shifts: schoolWeek,
    });
    expect(badDate.json().error.details.issues[0].path).toEqual(['person', 'birthDate']);
  });

  it('is for staff roles only, and is documented with examples in the OpenAPI spec', async () => {
    const p = await t.createProgramme();
    const funder = await t.member(p.id, 'funder');
    expect((await funder.client.post('/api/compliance/check', { person: pupil14, shifts: schoolWeek })).statusCode).toBe(403);
    expect((await t.client().post('/api/compliance/check', { person: pupil14, shifts: schoolWeek })).statusCode).toBe(401);
    const spec = (await t.client().get('/api/openapi.json')).json();
    const op = spec.paths['/api/compliance/check'].post;
    expect(JSON.stringify(op.requestBody)).toContain('2012-05-01');
    expect(JSON.stringify(op.responses['200'])).toContain('school-week-hours');
    // The Swagger UI serves the same document.
    const ui = (await t.client().get('/api/docs/json')).json();
    expect(JSON.stringify(ui.paths['/api/compliance/check'].post.requestBody)).toContain('2012-05-01');
  });
});
