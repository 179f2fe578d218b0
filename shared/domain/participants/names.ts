/**
 * Typo-tolerant name search in plain TypeScript (no pg_trgm: PGlite has no extensions, and the
 * same code serves the web). Coordinators type names they heard spoken, in Danish and in many
 * other languages, so matching works on normalised tokens with trigram similarity, an edit
 * distance that counts a swap of neighbours as one typo, and prefixes for search-as-you-type.
 */

const REPLACEMENTS: Array<[RegExp, string]> = [
  [/æ|ä/g, 'ae'],
  [/ø|ö/g, 'oe'],
  [/å/g, 'aa'],
  [/ü/g, 'ue'],
  [/ß/g, 'ss'],
];

/**
 * Lower case, Danish letters spelt out (æ→ae, ø→oe, å→aa, and the Swedish/German ä, ö the same
 * way), other accents dropped, anything but letters and digits a word break. 'Søren Ågård' and
 * 'soeren aagaard' normalise alike.
 */
export function normaliseName(input: string): string {
  let s = input.toLowerCase();
  for (const [from, to] of REPLACEMENTS) s = s.replace(from, to);
  s = s.normalize('NFD').replace(/\p{M}/gu, '');
  return s.replace(/[^a-z0-9]+/g, ' ').trim();
}

export function nameTokens(input: string): string[] {
  const n = normaliseName(input);
  return n === '' ? [] : n.split(' ');
}

/**
 * The same tokens with æ, ø, å kept as single letters (ä→æ, ö→ø). Spelling out makes 'Søren' and
 * 'Soeren' equal, but turns a one-letter typo on 'æ' into two edits; comparing both forms counts
 * either as a match.
 */
export function foldedTokens(input: string): string[] {
  const s = input
    .toLowerCase()
    .replace(/ä/g, 'æ')
    .replace(/ö/g, 'ø')
    .replace(/[æøå]/g, (c) => ({ æ: '\uE001', ø: '\uE002', å: '\uE003' })[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9\uE001-\uE003]+/g, ' ')
    .trim();
  return s === '' ? [] : s.split(' ');
}

interface Tokens {
  expanded: string[];
  folded: string[];
}

function tokensOf(input: string): Tokens {
  return { expanded: nameTokens(input), folded: foldedTokens(input) };
}

/** Trigrams as pg_trgm makes them: the word padded with two spaces before and one after. */
export function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** Jaccard similarity of the trigram sets, 0–1 (pg_trgm's `similarity`). */
export function trigramSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/**
 * Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions
 * and swaps of adjacent letters each cost one. Stops early and returns `limit + 1` once the
 * distance must exceed `limit`, so scanning a long list stays cheap.
 */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, limit + 1);
}

/** Short names tolerate one typo, longer ones two (two edits would turn 'Bo' into anything). */
export function allowedEdits(a: string, b: string): number {
  return Math.max(a.length, b.length) <= 4 ? 1 : 2;
}

/** How well one typed token matches one name token: 0–1, or null for no match. */
export function tokenScore(typed: string, name: string): number | null {
  if (typed === name) return 1;
  const longest = Math.max(typed.length, name.length);
  const limit = allowedEdits(typed, name);
  const distance = damerauLevenshtein(typed, name, limit);
  const trigram = trigramSimilarity(typed, name);
  let score: number | null = null;
  if (distance <= limit) score = Math.max(trigram, 1 - distance / (longest + 1));
  else if (trigram >= 0.5) score = trigram;
  // Search as you type: 'moh' finds 'mohammed', ranked below whole-word matches.
  if (typed.length >= 2 && name.startsWith(typed)) score = Math.max(score ?? 0, 0.5 + (0.4 * typed.length) / name.length);
  return score;
}

export interface NamedPerson {
  firstName: string;
  lastName: string;
}

/**
 * Scores a search text against a person's first and last names: every typed word must match some
 * name word; the score is the mean of the best matches (1 = exact). Null means no match. An empty
 * search matches everyone with score 1.
 */
export function nameMatchScore(query: string, person: NamedPerson): number | null {
  const typed = tokensOf(query);
  if (typed.expanded.length === 0) return 1;
  const first = tokensOf(person.firstName);
  const last = tokensOf(person.lastName);
  const names = { expanded: [...first.expanded, ...last.expanded], folded: [...first.folded, ...last.folded] };
  let total = 0;
  for (let i = 0; i < typed.expanded.length; i++) {
    let best: number | null = null;
    for (let j = 0; j < names.expanded.length; j++) {
      const a = tokenScore(typed.expanded[i]!, names.expanded[j]!);
      const b = tokenScore(typed.folded[i] ?? '', names.folded[j] ?? '');
      const s = a === null ? b : b === null ? a : Math.max(a, b);
      if (s !== null && (best === null || s > best)) best = s;
    }
    if (best === null) return null;
    total += best;
  }
  return total / typed.expanded.length;
}

/** The matching people, best first; ties by last name, then first name. */
export function rankByName<T extends NamedPerson>(query: string, people: readonly T[]): Array<{ item: T; score: number }> {
  const out: Array<{ item: T; score: number }> = [];
  for (const item of people) {
    const score = nameMatchScore(query, item);
    if (score !== null) out.push({ item, score });
  }
  return out.sort(
    (a, b) =>
      b.score - a.score ||
      normaliseName(a.item.lastName).localeCompare(normaliseName(b.item.lastName)) ||
      normaliseName(a.item.firstName).localeCompare(normaliseName(b.item.firstName)),
  );
}

/**
 * Whether two recorded names are "the same name" for duplicate warnings: first names and last
 * names each equal after normalisation, or at most one typo apart.
 */
export function sameName(a: NamedPerson, b: NamedPerson): boolean {
  const oneTypo = (x: string, y: string) => x === y || (Math.min(x.length, y.length) >= 3 && damerauLevenshtein(x, y, 1) <= 1);
  const close = (x: string, y: string) =>
    oneTypo(normaliseName(x), normaliseName(y)) || oneTypo(foldedTokens(x).join(' '), foldedTokens(y).join(' '));
  return close(a.firstName, b.firstName) && close(a.lastName, b.lastName);
}
