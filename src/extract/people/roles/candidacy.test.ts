import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../pipeline/run.js';

const facts = (text: string, language = 'en') => processDocument({ id: 't.txt', text }, { language }).people
  .flatMap((p) => p.roles.filter((r) => r.qualifiers.some((q) => ['candidacy', 'interest', 'successor'].includes(q)))
    .map((r) => [p.name, r.qualifiers[0], r.post ?? null]));

describe('candidacy and succession, with the post they concern', () => {
  it.each([
    ['Verhoeven, who has been running for the job since November, is the only candidate.\nMark Verhoeven spoke.', [['Mark Verhoeven', 'candidacy', null]]],
    ['Estonian Prime Minister Kaja Tamm has expressed interest in the post of NATO leader.', [['Kaja Tamm', 'interest', 'leader (NATO)']]],
    ['Dutch Prime Minister Mark Verhoeven will succeed NATO Secretary General Jens Halvorsen.', [['Mark Verhoeven', 'successor', 'Secretary General (NATO)']]],
    ['Danish Prime Minister Mette Kristensen has emerged as a serious contender.', [['Mette Kristensen', 'candidacy', null]]],
    // a name after a preposition in a relative clause is not the candidate
    ['Ian Moss, who lost to Truss in the summer, is the favourite.\nLiz Truss spoke.', [['Ian Moss', 'candidacy', null]]],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
  it('reads Danish', () => {
    expect(facts('VG erfarede, at Jens Halvorsen er den eneste kandidat til posten som Natos generalsekretær.', 'da'))
      .toEqual([['Jens Halvorsen', 'candidacy', 'generalsekretær (NATO)']]);
  });
  it.each([
    'Dutch Prime Minister Mark Verhoeven met Kaja Tamm in Tallinn.',
    // the reported clause has its own subject
    'Graham Hale, chairman of the committee, said the contest to replace Boris Jensen would end in September.',
    'Mark Verhoeven told reporters the board was expected to replace Kaja Tamm soon.',
  ])('finds nothing in: %s', (text) => {
    expect(facts(text)).toEqual([]);
  });
});
