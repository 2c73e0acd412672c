import { describe, expect, it } from 'vitest';
import { cachedIndex, firstAtOrAfter, SortedIndex } from './sorted-index.js';

describe('SortedIndex', () => {
  const items = [{ at: 30, n: 'c' }, { at: 10, n: 'a' }, { at: 20, n: 'b1' }, { at: 20, n: 'b2' }, { at: 40, n: 'd' }];
  const index = new SortedIndex(items, (x) => x.at);
  it.each([
    [0, 100, ['a', 'b1', 'b2', 'c', 'd']],
    [20, 30, ['b1', 'b2']],
    [21, 30, []],
    [15, 41, ['b1', 'b2', 'c', 'd']],
    [50, 60, []],
  ])('range(%i, %i)', (from, to, names) => {
    expect(index.range(from, to).map((x) => x.n)).toEqual(names);
  });
  it('keeps equal keys in their given order', () => {
    expect(index.items.map((x) => x.n)).toEqual(['a', 'b1', 'b2', 'c', 'd']);
  });
  it.each([[0, 0], [10, 0], [11, 1], [20, 1], [40, 4], [41, 5]])('lowerBound(%i) = %i', (k, i) => {
    expect(index.lowerBound(k)).toBe(i);
    expect(firstAtOrAfter(index.keys, (x) => x, k)).toBe(i);
  });
});

describe('cachedIndex', () => {
  it('builds once per owner and size, again when the owner grows', () => {
    const cache = new WeakMap<number[], { size: number; index: SortedIndex<number> }>();
    const owner = [3, 1, 2];
    let builds = 0;
    const get = (): SortedIndex<number> => cachedIndex(cache, owner, owner.length, () => { builds++; return new SortedIndex(owner, (x) => x); });
    expect(get().items).toEqual([1, 2, 3]);
    get();
    expect(builds).toBe(1);
    owner.push(0);
    expect(get().items).toEqual([0, 1, 2, 3]);
    expect(builds).toBe(2);
  });
});
