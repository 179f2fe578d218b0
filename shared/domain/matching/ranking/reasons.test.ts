import { describe, expect, it } from 'vitest';
import { MATCH_REASON_CODES, reasonsFromFactors, viaReason } from './reasons.ts';

const factor = (code: string, points: number, params: Record<string, unknown> = {}, missing = false) => ({
  missing,
  points,
  evidence: { code, params },
});

describe('match reasons', () => {
  it('keeps what a person reads (km, fitting interests), strongest first, and drops points, misses and unknown codes', () => {
    const reasons = reasonsFromFactors([
      factor('distance.km', 20, { km: 12.345 }),
      factor('interests.match', 30, { matched: ['kitchen'] }),
      factor('skills.missing', 10, {}, true),
      factor('language.none', 0),
      factor('something.new', 50),
      factor('schedule.coverage', 5, { coveredPercent: 100 }),
    ]);
    expect(reasons).toEqual([{ code: 'interests' }, { code: 'distance_km', value: 12.3 }, { code: 'availability' }]);
    for (const r of reasons) expect(MATCH_REASON_CODES).toContain(r.code);
  });

  it('names a lottery, a pin or a preference, and says nothing of a plain best fit', () => {
    expect(viaReason('score', 1)).toBeNull();
    expect(viaReason('lottery', null)).toEqual({ code: 'via_lottery' });
    expect(viaReason('preference', 2)).toEqual({ code: 'via_preference', value: 2 });
  });
});
