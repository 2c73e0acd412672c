import { describe, expect, it } from 'vitest';
import { countWords } from './words.js';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['  ,. ', 0],
    ['he said', 2],
    ['“It is over,” Xyz said.', 5],
    ['sagde Åse Ørsted-Bø', 4],
    ['R2-D2 in 2016', 4],
    ['𝐀bc 𝟏', 2],
    ['a\uD800b', 2],
  ])('%j has %i words, as the regular expression counts them', (s, n) => {
    expect(countWords(s)).toBe(n);
    expect(countWords(s)).toBe((s.match(/[\p{L}\p{N}]+/gu) ?? []).length);
  });
});
