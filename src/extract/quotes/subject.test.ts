import { describe, expect, it } from 'vitest';
import { extractText } from '../../api.js';
import { isOpeningVerb } from './not-names.js';

const speakers = (text: string) => extractText(text, { language: 'en' }).quotes.map((q) => q.speaker?.name ?? null);
// the words naming the speaker, for unnamed ones too ("Critics of the plan" are anonymous: no name)
const speakerWords = (text: string) => extractText(text, { language: 'en' }).quotes.map((q) => q.speaker?.name ?? (q.speaker?.text || null));

// A clause that opens with its verb (a headline style) has no subject: the capital is the sentence's.
describe('a sentence-opening verb is not a speaker', () => {
  it.each([
    ['Preys on our worst fears and instincts, and calls people “losers who will never amount to anything at all.”'],
    ['Slams the new budget as a failure, and calls it “a betrayal of every voter in this country.”'],
    ['Urges his voters to stay home, saying “the election is already decided by the people in charge.”'],
    ['Touts his record on jobs, saying “we have created more work than any government before us.”'],
  ])('%s', (text) => {
    expect(speakers(text)).toEqual([null]);
  });

  // names, groups and -ing openers before a preposition or an article stay what they were
  it.each([
    ['Warren met the voters in Ohio and said “we will not give up on this state or its people.”', 'Warren'],
    ['Mark at the rally praised the plan, saying “it is the best thing that has happened to this town.”', 'Mark'],
    ['Critics of the plan rallied in the square, saying “this will ruin the town for a generation.”', 'Critics'],
    ['Following the vote, Anna Holm praised the plan, saying “it is the best thing that has happened to this town.”', 'Anna Holm'],
  ])('%s', (text, name) => {
    expect(speakerWords(text).map((w) => w?.split(' ')[0] ?? null)).toEqual([name.split(' ')[0]]);
  });
});

describe('isOpeningVerb', () => {
  it.each([
    ['Preys', 'on', true], ['Slams', 'the', true], ['Urges', 'his', true], ['Touts', 'his', true],
    ['Warren', 'on', false], ['Mark', 'at', false], ['Critics', 'of', false], ['Americans', 'in', false],
    ['Touts', 'on', false], ['Slams', 'Trump', false], ['NATO', 'on', false],
  ])('%s %s -> %s', (word, next, expected) => {
    expect(isOpeningVerb(word, next)).toBe(expected);
  });
});
