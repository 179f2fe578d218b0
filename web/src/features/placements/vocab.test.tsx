import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { matchExplanation } from './vocab.ts';

const t = i18next.t.bind(i18next);

/** Issue #16: placement pages showed "match_round: <uuid>, score: 80.63, via.score: 1, interests.match: 30, distance.km: 20". */
describe('matchExplanation', () => {
  it('says which round suggested the pair and why, in one Danish sentence', () => {
    const text = matchExplanation(t, [
      { code: 'match_round', value: '5b0e7e4a-6f7c-4d1e-9a51-3f0c4f0a9b21' },
      { code: 'match_round_on', value: '2026-12-03' },
      { code: 'distance_km', value: 20 },
      { code: 'interests' },
      { code: 'distance_km', value: 2.5 },
    ]);
    expect(text).toBe('Foreslået af matchrunde 3. december 2026: 20 km væk, interesserne passer, 2,5 km væk');
  });

  it("leaves out the engine's internals from reasons an older matcher stored", () => {
    const text = matchExplanation(t, [
      { code: 'match_round', value: '5b0e7e4a-6f7c-4d1e-9a51-3f0c4f0a9b21' },
      { code: 'score', value: 80.63 },
      { code: 'via.score', value: 1 },
      { code: 'interests.match', value: 30 },
      { code: 'distance.km', value: 20 },
      { code: 'schedule.missing', value: 0 },
    ]);
    expect(text).toBe('Foreslået af en matchrunde: interesserne passer');
    expect(text).not.toMatch(/match_round|score|via|\d/);
  });

  it("starts a coordinator's own reasons with a capital, and says nothing when nothing is known", () => {
    expect(matchExplanation(t, [{ code: 'interests' }, { code: 'language' }])).toBe('Interesserne passer, taler arbejdssproget');
    expect(matchExplanation(t, [{ code: 'score', value: 3 }])).toBeNull();
  });
});
