/**
 * Binary min-heap of (key, value) pairs on typed arrays, for the solver's Dijkstra. Lazy deletion
 * (push again instead of decrease-key) keeps it tiny; callers skip stale pops themselves. It grows
 * by doubling and is reused across searches, so a solve allocates it once.
 */
export class MinHeap {
  keys: Float64Array = new Float64Array(1024);
  values: Int32Array = new Int32Array(1024);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  /** Smallest key; only meaningful when `size > 0`. */
  peekKey(): number {
    return this.keys[0]!;
  }

  push(key: number, value: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const values = this.values;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = keys[parent]!;
      if (parentKey <= key) break;
      keys[i] = parentKey;
      values[i] = values[parent]!;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the minimum and returns its value. */
  pop(): number {
    const keys = this.keys;
    const values = this.values;
    const top = values[0]!;
    const n = --this.size;
    if (n === 0) return top;
    const key = keys[n]!;
    const value = values[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && keys[right]! < keys[child]!) child = right;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      values[i] = values[child]!;
      i = child;
    }
    keys[i] = key;
    values[i] = value;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const values = new Int32Array(this.values.length * 2);
    keys.set(this.keys);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
