import { describe, expect, it } from 'vitest';
import { datesOf } from './test-helper.js';

// Sentences with no temporal expression that a careless reading would find one in.
const NEGATIVE: [string, string][] = [
  ['Sun Microsystems shares rose 3%.', 'en'],
  ['He sat down and the march went on.', 'en'],
  ['The stock paid $6.25 a share and rose 7/8 of a point.', 'en'],
  ['Prices may fall if demand weakens.', 'en'],
  // amounts that chrono alone reads as clock times
  ['The firm agreed to pay $28.5m after admitting bribery.', 'en'],
  ['Declining issues outnumbered advancing ones 406 to 141.', 'en'],
  ['Three-quarters of the members agreed.', 'en'],
  ['They are deliberating on the future leadership of the alliance.', 'en'],
  ['The 52 years old minister resigned.', 'en'],
  ['Nineteen people died and two thousand fled.', 'en'],
  ['The SEC declined to comment on the 1200 filings.', 'en'],
  ['The stock rose 12 3/4 to 112 5/8.', 'en'],
  ['He was arrested at this march.', 'en'],
  ['The partners each may vote on the plan.', 'en'],
  ['He scored twice in the first half of the match.', 'en'],
  ['Chelsea have not met them since that quarter-final tie.', 'en'],
  ['He lost the next quarter-final.', 'en'],
  // "a second" as an ordinal
  ['He won a second time and then a second title.', 'en'],
  // a year that is part of a name
  ['The chairman of the 1922 Committee confirmed the timetable.', 'en'],
  ['She spoke to the 1900 Club on the future of the party.', 'en'],
  ['Det er dog uvist, om han bliver på posten.', 'da'],
  ['Natos generalsekretær vælges ved enstemmighed.', 'da'],
];

describe('dates: nothing to find', () => {
  it.each(NEGATIVE)('%s', (sentence, language) => {
    const dates = datesOf(sentence, '2023-06-17', language);
    expect(dates.map((d) => `${d.text}=${d.value}`)).toEqual([]);
  });
});
