import { describe, expect, it } from 'vitest';
import { extractText } from '../../api.js';

const quotes = (text: string) => extractText(text, { language: 'en' }).quotes;

// A dialogue in quotation marks: each turn is a quotation of its own, spoken by its label.
describe('transcript turns', () => {
  const dialogue = [
    'Senator Anna Holm spoke to the host on Sunday. A partial transcript follows:',
    '',
    '"WEBB: Will you run for the party leadership this autumn?',
    '',
    '"HOLM: Well, look, the party thinks this is an episode of “Survivor.” It is not.',
    '',
    '"WEBB: So that is a no?',
    '',
    '"HOLM: That is a no."',
  ].join('\n');

  it('gives each turn its words and its speaker', () => {
    const q = quotes(dialogue);
    expect(q.map((x) => x.text)).toEqual([
      'Will you run for the party leadership this autumn?',
      'Well, look, the party thinks this is an episode of “Survivor.” It is not.',
      'So that is a no?',
      'That is a no.',
    ]);
    expect(q.map((x) => x.speaker?.text)).toEqual(['WEBB', 'HOLM', 'WEBB', 'HOLM']);
    // the label resolves to the person the text names
    expect(q[1].speaker?.name).toBe('Anna Holm');
  });

  it.each([
    // one label is no dialogue
    ['The minister resigned on Monday.\n\n"UPDATE: The ministry has confirmed the resignation.\n\nMore follows.'],
    // labels that each open one line only
    ['The minister resigned.\n\n"UPDATE: The ministry confirmed it.\n\n"CORRECTION: An earlier version gave the wrong date.'],
  ])('takes no label as a speaker in %s', (text) => {
    expect(quotes(text).filter((x) => x.evidence.rule === 'quotes/transcript')).toEqual([]);
  });
});
