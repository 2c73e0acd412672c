import { describe, expect, it } from 'vitest';
import { casual } from 'chrono-node/en';
import { caseFolded, spellOutCase } from './case-folded.js';

describe('spellOutCase', () => {
  it.each([
    ['ago', '[aA][gG][oO]'],
    ['\\s+ago\\b', '\\s+[aA][gG][oO]\\b'],
    ['[a-z]x', '[a-zA-Z][xX]'],
    ['[^a-f0-9]', '[^a-f0-9A-F]'],
    ['\\u00e6\\x41b', '\\u00e6\\x41[bB]'],
    ['(?<unit>day)\\k<unit>', '(?<unit>[dD][aA][yY])\\k<unit>'],
    ['(?:mon|tue)(?=\\W|$)', '(?:[mM][oO][nN]|[tT][uU][eE])(?=\\W|$)'],
  ])('%s -> %s', (source, folded) => {
    expect(spellOutCase(source)).toBe(folded);
  });
});

// The folded pattern must match exactly what the original matches with the i flag.
const SAMPLES = [
  'Five YEARS ago, two weeks later, a few days EARLIER', 'in 3 hrs from now', 'ÆGO Ago ago', 'Kelvin K k \u212a',
  'the ſ s S and ı i I', 'about 2 months and 3 days before', 'x'.repeat(50),
];
describe('caseFolded', () => {
  const patterns = casual.parsers.map((p) => p.pattern({ text: '', option: {} } as never)).filter((re) => re.flags.includes('i'));
  it.each(patterns.map((re, i) => [i, re] as const))('chrono pattern %i matches as before', (_i, re) => {
    const f = caseFolded(re);
    expect(f.flags).not.toContain('i');
    for (const s of SAMPLES) expect(f.exec(s)?.slice()).toEqual(re.exec(s)?.slice());
  });
  it('leaves patterns without i, or with u, alone', () => {
    const a = /ago/; const b = /ago/iu;
    expect(caseFolded(a)).toBe(a);
    expect(caseFolded(b)).toBe(b);
  });
});
