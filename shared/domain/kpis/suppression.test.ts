import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPublishedCount, mustSuppress, publishCount } from './suppression.ts';

describe('small-cell suppression', () => {
  it.each([
    [0, false],
    [1, true],
    [4, true],
    [5, false],
    [120, false],
  ])('%i people: suppressed %s', (count, hidden) => {
    expect(mustSuppress(count)).toBe(hidden);
    expect(publishCount(count).suppressed).toBe(hidden);
    expect(formatPublishedCount(count)).toBe(hidden ? '<5' : count);
  });

  it('property: a published value is never between 1 and 4', () => {
    fc.assert(
      fc.property(fc.nat(10_000), (n) => {
        const p = publishCount(n);
        return p.suppressed ? p.value === null : p.value === n && (n === 0 || n >= 5);
      }),
    );
  });
});
