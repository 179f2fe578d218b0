/**
 * Seeded pseudo-randomness for the matching code. Domain code may not call Math.random: every
 * tie-break and lottery must be reproducible from a seed recorded next to the result, so that a
 * coordinator (or an auditor) can re-run a match and get the very same assignment.
 */

/** Mulberry32: tiny, fast and good enough for shuffling; not for anything cryptographic. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of `0..n-1`, in place on a fresh Int32Array. */
export function seededPermutation(n: number, seed: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  shuffleInPlace(order, 0, n, seededRandom(seed));
  return order;
}

/** Shuffles `values[from..to)` in place with the given generator. */
export function shuffleInPlace(values: Int32Array, from: number, to: number, random: () => number): void {
  for (let i = to - 1; i > from; i--) {
    const j = from + Math.floor(random() * (i - from + 1));
    const tmp = values[i]!;
    values[i] = values[j]!;
    values[j] = tmp;
  }
}
