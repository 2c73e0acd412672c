import { describe, expect, it } from 'vitest';
import { DocContext } from '../../pipeline/context.js';
import { temporalSentences } from './prescan.js';

/** Whether the pre-scan keeps a one-sentence text for chrono. */
function kept(sentence: string, language = 'en'): boolean {
  const ctx = new DocContext('t', sentence, 0, language as 'en', [{ start: 0, end: sentence.length }] as never, null);
  return temporalSentences(ctx, [[0, sentence.length]])[0];
}

describe('dates pre-scan: sentences that may hold a date are kept', () => {
  it.each([
    ['He has led the alliance since 2014.'],
    ['Officials met on Thursday.'],
    ['The talks will end in the first quarter of this year.'],
    ['It happened a few d ago.'],
    ['Markets closed at 10:35 a.m.'],
    ['The meeting starts at 10.'],
    ['Profits rose in Q3.'],
    ['There is currently no consensus.'],
    ['The summit is held every year.'],
    ['Leaders meet at a mid-July summit.'],
    ['They met on Wednesady, the 21st of February.'],
    ['Prices rose in the 1990s.'],
    ['Hun blev valgt i tirsdags.', 'da'],
    ['Natos topmøde holdes i Vilnius i juli.', 'da'],
  ])('%s', (sentence, language = 'en') => {
    expect(kept(sentence, language)).toBe(true);
  });
});

describe('dates pre-scan: sentences with nothing temporal are skipped', () => {
  it.each([
    ['He told reporters he was proud of the team.'],
    ['Profits jumped 76% to $1.13bn.'],
    ['The firm plans to cut 45,000 jobs in 24 countries.'],
    ['Sales reached 2.2 million units.'],
    ['They said any deal would need them.'],
    ['Natos generalsekretær vælges ved enstemmighed.', 'da'],
  ])('%s', (sentence, language = 'en') => {
    expect(kept(sentence, language)).toBe(false);
  });
});
