import { describe, expect, it } from 'vitest';
import { isWorkArea, VOCATIONAL_EDUCATION_AREAS, WORK_AREA_EDUCATION_AREA, WORK_AREAS } from './work-areas.ts';

describe('work areas', () => {
  it('lists the agreed codes, each in one of the four vocational education areas', () => {
    expect(WORK_AREAS).toEqual([
      'carpentry',
      'construction',
      'electrical',
      'plumbing',
      'painting',
      'mechanics',
      'retail',
      'office',
      'it',
      'care',
      'childcare',
      'health',
      'kitchen',
      'cleaning',
      'caretaking',
      'gardening',
      'logistics',
      'hospitality',
    ]);
    for (const area of WORK_AREAS) expect(VOCATIONAL_EDUCATION_AREAS).toContain(WORK_AREA_EDUCATION_AREA[area]);
    expect(new Set(Object.values(WORK_AREA_EDUCATION_AREA))).toEqual(new Set(VOCATIONAL_EDUCATION_AREAS));
  });

  it('recognises only its own codes', () => {
    expect(isWorkArea('care')).toBe(true);
    expect(isWorkArea('toString')).toBe(false);
    expect(isWorkArea('astronaut')).toBe(false);
  });
});
