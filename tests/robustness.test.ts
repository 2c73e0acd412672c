import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/pipeline/run.js';
import { checkAllSpans } from './helpers/spans.js';
import { validateDocument } from './helpers/schema.js';

/** Runs the whole per-document pipeline and checks the result is sound. */
function checkSound(text: string, date: string | null = '2023-06-17'): void {
  const doc = processDocument({ id: 'x.txt', text }, { date });
  const json = JSON.parse(JSON.stringify(doc));
  expect(validateDocument(json)).toEqual([]);
  expect(checkAllSpans(text, json)).toEqual([]);
}

// Words news text is made of, so random sentences reach the extractors' interesting paths.
const WORDS = ['the', 'Prime', 'Minister', 'said', 'told', '"', '“', '”', '«', '»', '-', 'on', 'Thursday', 'in', 'July', '2023', 'since', 'President',
  'Jens', 'Anna', 'Smith', 'of', 'Denmark', 'Danish', 'NATO', 'statsminister', 'sagde', 'ifølge', 'Reuters', 'he', 'she', ',', '.', '(S)', 'former',
  'Secretary', 'General', 'will', 'succeed', 'extended', 'until', 'September', '30,', 'a', 'source', 'officials', 'last', 'year', 'næste', 'år', '😀', 'Kariņš', '\r\n', '\n\n'];

describe('property: any text gives sound output', () => {
  it('random unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (t) => checkSound(t)), { numRuns: 150, seed: 42 });
  });
  it('random news-like word soup', () => {
    const soup = fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((ws) => ws.join(' '));
    fc.assert(fc.property(soup, fc.boolean(), (t, dated) => checkSound(t, dated ? '2023-06-17' : null)), { numRuns: 200, seed: 7 });
  });
  it('random bytes as Latin-1 and control characters', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => checkSound(String.fromCharCode(...b))), { numRuns: 100, seed: 3 });
  });
});

describe('adversarial inputs finish and stay sound', () => {
  it.each([
    ['long runs of capitals', 'NATO ALLIES AGREE ON A NEW SECRETARY GENERAL '.repeat(2000)],
    ['a quote that never closes', `He said: "${'and then the minister spoke again '.repeat(3000)}`],
    ['thousands of nested parentheses', `${'('.repeat(5000)}Anna Smith${')'.repeat(5000)}`],
    ['half a megabyte of digits', '1234567890'.repeat(50_000)],
    ['a long line with no punctuation', 'word '.repeat(100_000)],
    ['only line breaks', '\r\n'.repeat(10_000)],
    ['lone surrogates', 'Minister \ud800 said \udc00 "yes" on Monday.'],
    ['a date header alone', ' date 2023-06-17 '],
    ['an impossible header date', ' date 2023-02-30 The minister resigned.'],
  ])('%s', (_label, text) => {
    checkSound(text);
  });
});
