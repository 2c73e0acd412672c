import { describe, expect, it } from 'vitest';
import { processDocument } from '../pipeline/run.js';

const doc = (text: string, language = 'en') => processDocument({ id: 't.txt', text }, { language });
const refs = (text: string, language = 'en') => doc(text, language).people.map((p) => [p.name, p.references.map((r) => `${r.kind}:${r.text}`)]);

describe('linking within a document', () => {
  it.each([
    ['Jens Halvorsen spoke. He said allies must decide.', [['Jens Halvorsen', ['pronoun:He']]]],
    ['Kaja Tamm and Mark Verhoeven met. She said no.', [['Kaja Tamm', ['pronoun:She']], ['Mark Verhoeven', []]]],
    ['Jens Halvorsen har talt. Han står til at stoppe.', [['Jens Halvorsen', ['pronoun:Han']]]],
    ['Mette Kristensen talte. Hun var kandidat.', [['Mette Kristensen', ['pronoun:Hun']]]],
    ['Dutch Prime Minister Mark Verhoeven is popular. Allies back the Dutch PM’s candidacy.', [['Mark Verhoeven', ['description:the Dutch PM']]]],
  ])('%s', (text, expected) => {
    expect(refs(text, /Han|Hun/.test(text) ? 'da' : 'en')).toEqual(expected);
  });

  it('does not take a post for a person', () => {
    const r = refs('NATO Secretary General Jens Halvorsen spoke. Allies want the next secretary general to be a woman.');
    expect(r).toEqual([['Jens Halvorsen', []]]);
  });

  it('gives a pronoun speaker the person meant', () => {
    const d = doc('Jens Halvorsen spoke in Brussels. "We are in a crucial phase," he added.');
    const q = d.quotes.find((x) => x.text.startsWith('We are'));
    if (q?.speaker) expect(q.speaker.name).toBe('Jens Halvorsen');
    expect(d.people[0].references.map((r) => r.text)).toContain('he');
  });
});
