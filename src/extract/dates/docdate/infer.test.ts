import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../api.js';

const seed = (name: string): string => readFileSync(new URL(`../../../../seeds/${name}`, import.meta.url), 'utf8');

// [text, language, expected document date value (null: none), expected source]
const CASES: [string, string, string | null, string][] = [
  // a weekday with its day and month fixes the year, among those a member count allows
  ['Officials said on Wednesday, the 21st of February, that all 31 NATO allies agree.', 'en', '2024-02-21', 'inferred'],
  // misspelt weekday, bounded by the years the text reports as past
  ['On Wednesady, the 21st of February, the minister, in office since 2023, resigned.', 'en', '2024-02-21', 'inferred'],
  // a member count alone bounds the year: NATO had 31 members from 2023-04 to 2024-03
  ['Natos 31 medlemslande vil bede ham fortsætte.', 'da', '2023', 'inferred'],
  // an open-ended bound (the EU has had 27 members since 2020) fixes no year
  ['The EU summit brought the 27 member states together.', 'en', null, 'none'],
  // a wire dateline, a date line under the byline, a Danish byline with its date, a site's stamp
  ['LONDON, Dec 20, 2019 (Reuters) - Britain named a new governor on Friday.', 'en', '2019-12-20', 'inferred'],
  ['Minister quits\nBy Political Staff\nJuly 5, 2024\n\nThe minister resigned on Friday.', 'en', '2024-07-05', 'inferred'],
  ['Formanden går af\n\nAf Politisk Redaktion, 12. marts 2025\n\nFormanden trak sig i går.', 'da', '2025-03-12', 'inferred'],
  ['Published 5 July 2024 14:32 BST\nThe minister resigned on Friday.', 'en', '2024-07-05', 'inferred'],
  // a date inside a headline or a sentence reports an event; a dateline without a year fixes nothing
  ['Vote set for November 5, 2024\n\nThe minister resigned last year.', 'en', null, 'none'],
  ['On March 3, 2020, the minister resigned after a long dispute.', 'en', null, 'none'],
  ['NEW YORK, March 3 - The company said its chief executive would retire.', 'en', null, 'none'],
  // nothing to go on: no date, and relative values stay null
  ['The minister resigned last year after a long dispute.', 'en', null, 'none'],
];

describe('document date inference', () => {
  it.each(CASES)('%s', (text, language, value, source) => {
    const doc = extractText(text, { language });
    expect(doc.date.value).toBe(value);
    expect(doc.date.source).toBe(source);
    if (value) expect(doc.date.reason).toBeTruthy();
  });

  it('names each fact it used once, however often the text states it', () => {
    const doc = extractText('All 31 NATO allies met on Wednesday, the 21st of February. The 31 NATO allies agreed.', { language: 'en' });
    expect(doc.date.value).toBe('2024-02-21');
    const parts = (doc.date.reason ?? '').split('; ');
    expect(parts.length).toBe(new Set(parts).size);
  });

  it('resolves relative dates against the dateline and cites it', () => {
    const doc = extractText('LONDON, Dec 20, 2019 (Reuters) - Britain named a new governor on Friday.', { language: 'en' });
    expect(doc.date.evidence?.rule).toBe('dates/docdate-dateline');
    expect(doc.dates.find((d) => d.text === 'Friday')?.value).toBe('2019-12-20');
  });

  it('resolves relative dates against the inferred date, not the clock', () => {
    const doc = extractText('The minister resigned last year after a long dispute.', { language: 'en' });
    expect(doc.dates.find((d) => d.text === 'last year')?.value).toBeNull();
  });

  // seeds/001 has no header: "all 31 allied governments" and "the 75th anniversary of NATO's founding"
  it.each([
    ['001_91a0002b85a66019.txt', '2023', 'the following year', '2024'],
    ['003_ec5e9a39cc70e1e9.txt', '2023', 'sommeren næste år', '2024-SU'],
    ['004_9c0fb8a2d43390aa.txt', '2024-02-21', 'last year', '2023'],
  ])('seed %s is dated %s', (name, value, span, spanValue) => {
    const doc = extractText(seed(name), { id: name });
    expect(doc.date).toMatchObject({ value, source: 'inferred' });
    expect(doc.date.evidence?.rule).toMatch(/^dates\/docdate-/);
    expect(doc.dates.find((d) => d.text === span)?.value).toBe(spanValue);
  });
});
