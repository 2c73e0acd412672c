import { describe, expect, it } from 'vitest';
import { findAnonymous } from './anonymous.js';

describe('anonymous sources', () => {
  it.each([
    // [text, source words, count, affiliation, anonymity]
    ['according to an anonymous source familiar with the discussions and a US official', 'an anonymous source familiar with the discussions', 1, null, 'anonymous'],
    ['Two senior NATO officials, who were granted anonymity to discuss internal matters, said that', 'Two senior NATO officials', 2, 'NATO', 'who were granted anonymity to discuss internal matters'],
    ['Det erfarer det norske medie VG på baggrund af tre anonyme kilder.', 'tre anonyme kilder', 3, null, 'anonyme'],
    ['In recent weeks, sources within allied governments suggested that', 'sources within allied governments', null, 'allied governments', null],
    ['A US official, speaking on condition of anonymity, said', 'A US official', 1, 'US', 'speaking on condition of anonymity'],
    ['a source close to the negotiations told Sputnik.', 'a source close to the negotiations', 1, null, null],
    // the words before a description that name its reporter are no part of it
    ['..., erfarer Berlingske fra tre kilder i partiet.', 'tre kilder i partiet', 3, 'partiet', null],
    ['..., Reuters reported, citing two sources familiar with the talks.', 'two sources familiar with the talks', 2, null, null],
  ])('%s', (text, words, count, affiliation, anonymity) => {
    const a = findAnonymous(text, 0, text.length)[0];
    expect(text.slice(a.start, a.end)).toBe(words);
    expect(a.count).toBe(count);
    expect(a.affiliation).toBe(affiliation);
    expect(a.anonymity).toBe(anonymity);
  });

  it('finds both sources of a coordination', () => {
    const text = 'according to an anonymous source familiar with the talks and a US official, both quoted by Reuters';
    expect(findAnonymous(text, 0, text.length).map((a) => text.slice(a.start, a.end))).toEqual(['an anonymous source familiar with the talks', 'a US official']);
  });
});
