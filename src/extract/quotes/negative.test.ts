import { describe, expect, it } from 'vitest';
import { extractText } from '../../api.js';

// Sentences that must give no quotation.
describe('no quotation', () => {
  it.each([
    ['The so-called “reset” policy failed.'],
    ['The show “The Apprentice” aired for years.'],
    ['He fixed a 6" pipe and a 4" pipe in the kitchen.'],
    ["It's the allies' decision, not the secretary's."],
    ['- Apples\n- Pears\n- Plums'],
    ['Are they afraid of losing “back home”?'],
    ['She bought a “new” car.'],
    // "call" and "promising" after an article are nouns and adjectives
    ['It was a promising “new approach” to the old problem of the budget.'],
    ['The call “for peace” went unanswered for weeks.'],
    // the quoted word is the verb of the writer's clause, not words spoken of as words
    ['Tom Baker said on Monday that the words “split” the old members from the new ones in the party.'],
    // a statement noun without an owner names no speaker
    ['The claim that the city had received “thousands of complaints” was examined.'],
    ['The mayor rejected the claim that the city had received “thousands of complaints” last year.'],
    // after "of" and a word, a cue word in -s is a plural noun
    ['The fact-checkers rated 32% of Republican claims as “false” or “pants on fire” last year.'],
    // a participle opening the sentence attributes only what its own phrase holds
    ['Admitting defeat, Tom Baker left the "green room" early.'],
  ])('%s', (text) => {
    expect(extractText(text, { language: 'en' }).quotes).toEqual([]);
  });

  // a capital that only opens the sentence: an adverb is not a speaker
  it.each([
    ['Ultimately, member states agreed to keep the current rules for another year.'],
    ['Separately, member states agreed to keep the current rules for another year.'],
    ['Meanwhile, member states said the current rules would stay for another year.'],
  ])('no named source in %s', (text) => {
    const r = extractText(text, { language: 'en' });
    expect(r.claims.map((c) => c.source.name).filter(Boolean)).toEqual([]);
    expect(r.sources.filter((s) => s.kind === 'person')).toEqual([]);
  });

  // after a possessive a cue word is a noun ("the firm's reported interest", "the party's calls")
  it.each([
    ['Tom Baker declined to comment on his firm\'s reported interest in the company.'],
    ['Anna Holm repeated her party\'s calls for an early election in the spring.'],
  ])('no claim from a possessive noun in %s', (text) => {
    expect(extractText(text, { language: 'en' }).claims).toEqual([]);
  });

  it.each([
    ['The weather was cold on Monday.'],
    ['Prices rose by two per cent in March.'],
  ])('no claim or source in %s', (text) => {
    const r = extractText(text, { language: 'en' });
    expect(r.claims).toEqual([]);
    expect(r.sources).toEqual([]);
  });
});

// Words that name properties of every JavaScript object are words, not pronouns.
describe('no pronoun speaker from an object property name', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty'])('"%s said" does not resolve to the last person', (word) => {
    const r = extractText(`Minister Anna Berg arrived. "We will not go," ${word} said.`, { language: 'en' });
    expect(r.quotes.map((q) => q.speaker?.kind)).toEqual(['unknown']);
  });
});
