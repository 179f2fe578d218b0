import { afterAll, beforeAll, expect, it } from 'vitest';
import { WORK_AREA_EDUCATION_AREA } from '../../../shared/domain/employers/work-areas.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// Participants' interests are checked against the `work_areas` table and openings' task tags
// against the constant: matching compares the two, so they must name the same areas.
it('the work_areas table and the work-area constant list the same areas and education areas', async () => {
  const rows = await t.db.selectFrom('work_areas').select(['code', 'education_area']).orderBy('code').execute();
  const constant = Object.entries(WORK_AREA_EDUCATION_AREA)
    .map(([code, area]) => ({ code, education_area: area }))
    .sort((a, b) => a.code.localeCompare(b.code));
  expect(rows).toEqual(constant);
});
