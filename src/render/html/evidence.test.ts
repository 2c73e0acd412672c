import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../model.js';
import { EvidenceIndex } from './evidence.js';
import { evidenceSection, markSentence } from './evidence-section.js';

describe('markSentence', () => {
  it.each([
    ['Ann Lee said so.', [{ start: 0, end: 7, kind: 'person' as const }], '<mark class="k-person">Ann Lee</mark> said so.'],
    ['“Go,” Ann said.', [{ start: 1, end: 4, kind: 'quote' as const }, { start: 6, end: 9, kind: 'person' as const }], '“<mark class="k-quote">Go,</mark>” <mark class="k-person">Ann</mark> said.'],
    // a name inside a quote: the narrower kind wins the colour where they overlap
    ['“Ann is here”', [{ start: 1, end: 12, kind: 'quote' as const }, { start: 1, end: 4, kind: 'person' as const }], '“<mark class="k-person">Ann</mark><mark class="k-quote"> is here</mark>”'],
    // code points, not UTF-16 units: the flag is two code points, four units
    ['🇩🇰 Ann <b>', [{ start: 3, end: 6, kind: 'person' as const }], '🇩🇰 <mark class="k-person">Ann</mark> &lt;b&gt;'],
    ['Short.', [{ start: 2, end: 99, kind: 'date' as const }], 'Sh<mark class="k-date">ort.</mark>'],
  ])('%s', (text, marks, expected) => {
    expect(markSentence(text, marks).value).toBe(expected);
  });
});

describe('EvidenceIndex', () => {
  const ev: Evidence = { document: 'a.txt', rule: 'people/x', sentence: 2, sentenceText: 'Then Ann Lee spoke.', sentenceStart: 100, sentenceEnd: 119 };

  it('numbers sentences from 1 and highlights the cited span', () => {
    const index = new EvidenceIndex([{ id: 'a.txt' } as never]);
    const link = index.cite(ev, { start: 105, end: 112 }, 'person').value;
    expect(link).toContain('href="#ev-1-3"');
    expect(link).toContain('>D1·3</a>');
    const section = evidenceSection(index).value;
    expect(section).toContain('<li id="ev-1-3">');
    expect(section).toContain('Then <mark class="k-person">Ann Lee</mark> spoke.');
  });

  it('cites each sentence once, however many rules read it', () => {
    const index = new EvidenceIndex([{ id: 'a.txt' } as never]);
    const out = index.citeAll([ev, { ...ev, rule: 'story/y' }, { ...ev, sentence: 4 }], 4).value;
    expect(out.match(/class="cite"/g)).toHaveLength(2);
    expect([...index.entries.get('a.txt')!.get(2)!.rules].sort()).toEqual(['people/x', 'story/y']);
  });

  it('ignores spans outside the sentence and cites nothing for missing evidence', () => {
    const index = new EvidenceIndex([]);
    index.cite(ev, { start: 5, end: 9 });
    expect([...index.entries.get('a.txt')!.values()][0].marks).toEqual([]);
    expect(index.cite(null).value).toBe('');
  });
});
