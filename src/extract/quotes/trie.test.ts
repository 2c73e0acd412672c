import { describe, expect, it } from 'vitest';
import { alternation } from './lexicon.js';
import { trie } from './trie.js';

// The trie must match exactly what the flat longest-first alternation matches.
const WORDS = ['said', 'says', 'saying', 'say', 'told', 'told reporters', 'according to', 'sagde', 'siger', 'ifølge', 'U.S.', 'a+b'];
const flat = new RegExp(`\\b(?:${alternation(WORDS)})(?![\\p{L}])`, 'giu');
const tried = new RegExp(`\\b(?:${trie(WORDS, true)})(?![\\p{L}])`, 'giu');
const all = (re: RegExp, s: string): string[] => [...s.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('trie', () => {
  it.each([
    ['He said so, and she says she told reporters: saying goes.'],
    ['Hun sagde, ifølge VG, at han siger nej.'],
    ['The U.S. said a+b; they sayings said.'],
    ['TOLD   REPORTERS  Said'],
    ['nothing here'],
  ])('matches as the flat alternation in %s', (s) => {
    expect(all(tried, s)).toEqual(all(flat, s));
  });

  it('prefers the longer word', () => {
    expect(new RegExp(trie(['told', 'told reporters'])).exec('he told reporters')?.[0]).toBe('told reporters');
  });

  it('gives nothing for no words', () => {
    expect(trie([])).toBe('');
  });
});
