import { describe, expect, it } from 'vitest';
import { CUE_RE, alternation, wordRe } from './lexicon.js';

describe('lexicon', () => {
  it.each([
    ['the source told Sputnik', 'told'],
    ['svarede han ifølge VG', 'svarede'],
    ['according to Politico', 'according to'],
    ['Trump told reporters on Monday', 'told reporters'],
  ])('finds the cue in %s', (text, cue) => {
    CUE_RE.lastIndex = 0;
    expect(CUE_RE.exec(text)?.[1]).toBe(cue);
  });

  it('matches whole words only, Danish letters included', () => {
    const re = wordRe(alternation(['siger']));
    expect(re.test('sigerø')).toBe(false);
    expect(wordRe(alternation(['siger'])).test('siger han')).toBe(true);
  });
});
