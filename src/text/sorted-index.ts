/**
 * Items sorted by a position, for range look-ups by binary search. Long documents ask "which
 * dates (or names) lie in this sentence?" once per sentence; a scan of every item per question
 * is quadratic in the document's length, a binary search is not.
 */
export class SortedIndex<T> {
  readonly keys: number[];
  readonly items: T[];

  /** Sorts by `key`; items with equal keys keep their given order (Array.prototype.sort is stable). */
  constructor(items: readonly T[], key: (item: T) => number) {
    const pairs = items.map((item) => ({ item, k: key(item) })).sort((a, b) => a.k - b.k);
    this.keys = pairs.map((p) => p.k);
    this.items = pairs.map((p) => p.item);
  }

  get length(): number { return this.keys.length; }

  /** Index of the first item whose key is >= k (length when none is). */
  lowerBound(k: number): number {
    return firstAtOrAfter(this.keys, (x) => x, k);
  }

  /** The items whose key lies in [from, to), in key order. */
  range(from: number, to: number): T[] {
    const out: T[] = [];
    for (let i = this.lowerBound(from); i < this.keys.length && this.keys[i] < to; i++) out.push(this.items[i]);
    return out;
  }
}

/** Index of the first of `sorted` (in ascending `key` order) whose key is >= k (length when none is). */
export function firstAtOrAfter<T>(sorted: readonly T[], key: (item: T) => number, k: number): number {
  let lo = 0; let hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (key(sorted[mid]) < k) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * One index per owner object (a document's date list, its people), built on first use. `size`
 * tells when the owner has grown since, so an index is never stale.
 */
export function cachedIndex<O extends object, I>(cache: WeakMap<O, { size: number; index: I }>, owner: O, size: number, build: () => I): I {
  const hit = cache.get(owner);
  if (hit && hit.size === size) return hit.index;
  const index = build();
  cache.set(owner, { size, index });
  return index;
}
