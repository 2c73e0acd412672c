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

  it.each([
    ['The weather was cold on Monday.'],
    ['Prices rose by two per cent in March.'],
  ])('no claim or source in %s', (text) => {
    const r = extractText(text, { language: 'en' });
    expect(r.claims).toEqual([]);
    expect(r.sources).toEqual([]);
  });
});
