import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, nameMatchScore, normaliseName, rankByName, sameName, trigramSimilarity } from './names.ts';

const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzæøå'.split(''));
const word = fc.array(letters, { minLength: 2, maxLength: 12 }).map((a) => a.join(''));
const person = fc.record({ firstName: word, lastName: word });

/** One random typo: insert, delete, substitute, or swap two neighbours. */
const typo = (w: string) =>
  fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(w.length - 1), letters).map(([kind, i, c]) => {
    if (kind === 0) return w.slice(0, i) + c + w.slice(i);
    if (kind === 1) return w.slice(0, i) + w.slice(i + 1);
    if (kind === 2) return w.slice(0, i) + c + w.slice(i + 1);
    return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w.slice(0, i) + c;
  });

describe('normaliseName', () => {
  it('spells out Danish letters and drops accents and punctuation', () => {
    expect(normaliseName('Søren Ågård-Bæk')).toBe('soeren aagaard baek');
    expect(normaliseName('  José  Müller ')).toBe('jose mueller');
    expect(normaliseName('Åse')).toBe(normaliseName('Aase'));
    expect(normaliseName('Jørgen')).toBe(normaliseName('Jörgen'));
  });
});

describe('damerauLevenshtein', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(damerauLevenshtein('ahmed', 'ahemd')).toBe(1);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
  });
  it('stops early past the limit', () => {
    expect(damerauLevenshtein('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = damerauLevenshtein(a, b);
        expect(d).toBe(damerauLevenshtein(b, a));
        expect(d === 0).toBe(a === b);
      }),
    );
  });
  it('never exceeds the limit-capped full distance', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        expect(damerauLevenshtein(a, b, limit)).toBe(Math.min(damerauLevenshtein(a, b), limit + 1));
      }),
    );
  });
});

describe('nameMatchScore', () => {
  it('always matches a name with itself, with the top score', () => {
    fc.assert(
      fc.property(person, (p) => {
        expect(nameMatchScore(`${p.firstName} ${p.lastName}`, p)).toBe(1);
        expect(nameMatchScore(p.lastName, p)).toBe(1);
      }),
    );
  });
  it('still matches with one typo', () => {
    fc.assert(
      fc.property(
        person.chain((p) => typo(p.lastName).map((t) => ({ p, t }))),
        ({ p, t }) => {
          fc.pre(t.length > 0);
          expect(nameMatchScore(t, p)).not.toBeNull();
        },
      ),
    );
  });
  it('tolerates typos, Danish spellings and prefixes', () => {
    const p = { firstName: 'Mohammed', lastName: 'Jørgensen' };
    expect(nameMatchScore('mohamed', p)).not.toBeNull();
    expect(nameMatchScore('joergensen', p)).toBe(1);
    expect(nameMatchScore('jorgensen', p)).not.toBeNull();
    expect(nameMatchScore('moh', p)).not.toBeNull();
    expect(nameMatchScore('Mohammed Jørgensen', p)).toBe(1);
    expect(nameMatchScore('Peter', p)).toBeNull();
    expect(nameMatchScore('mohammed hansen', p)).toBeNull();
  });
  it('ranks exact matches above near ones', () => {
    const people = [
      { firstName: 'Ann', lastName: 'Holm' },
      { firstName: 'Anna', lastName: 'Holm' },
      { firstName: 'Hanna', lastName: 'Berg' },
      { firstName: 'Bo', lastName: 'Ibsen' },
    ];
    const ranked = rankByName('anna', people).map((r) => r.item.firstName);
    expect(ranked[0]).toBe('Anna');
    expect(ranked).toEqual(expect.arrayContaining(['Ann', 'Hanna']));
    expect(ranked).not.toContain('Bo');
  });
  it('keeps trigram similarity within 0–1 and 1 for equal words', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const s = trigramSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(trigramSimilarity(a, a)).toBe(1);
      }),
    );
  });
});

describe('sameName', () => {
  it('treats Danish spellings and one typo as the same name, other names as different', () => {
    expect(sameName({ firstName: 'Søren', lastName: 'Aagaard' }, { firstName: 'Soeren', lastName: 'Ågård' })).toBe(true);
    expect(sameName({ firstName: 'Mohamed', lastName: 'Ali' }, { firstName: 'Mohammed', lastName: 'Ali' })).toBe(true);
    expect(sameName({ firstName: 'Anna', lastName: 'Holm' }, { firstName: 'Anne', lastName: 'Berg' })).toBe(false);
  });
});
