import { describe, expect, it } from 'vitest';
import { extractText } from '../../api.js';
import { findOutlets } from './outlets.js';

describe('outlets', () => {
  it.each([
    ['the source told Sputnik.', 'Sputnik'],
    ['both quoted by Reuters news agency.', 'Reuters'],
    ['Det erfarer det norske medie VG.', 'VG'],
    ['skriver det norske medie Dagsavisen.', 'Dagsavisen'],
    ['reports Politico.', 'Politico'],
    ['The Washington Post reported on Monday.', 'The Washington Post'],
  ])('%s', (text, name) => {
    expect(findOutlets(text, 0, text.length).map((o) => o.name)).toContain(name);
  });
});

describe('sources of a document', () => {
  it.each([
    ['Xyz will stay another year, according to an anonymous source familiar with the discussions, quoted by Reuters news agency.', 'anonymous', null, 'Reuters'],
    ['Det erfarer det norske medie VG på baggrund af tre anonyme kilder.', 'anonymous', null, null],
    ['Det erfarer det norske medie VG på baggrund af tre anonyme kilder.', 'outlet', 'VG', null],
    ['"We are ready," Maria Jensen said.', 'person', 'Maria Jensen', null],
    // an organisation speaks by its whole name, the capitalised words before its head noun and a known name after "The"
    ['Danske Bank said on Monday its chairman would not seek re-election.', 'organization', 'Danske Bank', null],
    ['The Bank of England said rates would stay on hold.', 'organization', 'Bank of England', null],
    ['The World Bank said growth would slow this year.', 'organization', 'World Bank', null],
    // an outlet's name that is also an occupation, before a name, is that person's job
    ['Economist Anna Berg of Acme Capital said the search could take until the end of the year.', 'person', 'Anna Berg', null],
  ])('%s -> %s %s', (text, kind, name, via) => {
    const sources = extractText(text, { language: /erfarer/.test(text) ? 'da' : 'en' }).sources;
    const s = sources.find((x) => x.kind === kind && (name === null || x.name === name));
    expect(s).toBeDefined();
    if (via) expect(s?.via).toBe(via);
  });
});

describe('Danish speakers', () => {
  it.each([
    // a ministry named in one compound word is an organisation
    ['Regeringen forlænger aftalen. Det oplyser Erhvervsministeriet i en pressemeddelelse tirsdag.', { kind: 'organization', name: 'Erhvervsministeriet' }],
    // capitalised words with no given name that the people stage did not take are an organisation
    ['Aktien steg 4 procent i løbet af tirsdagen, oplyser Nasdaq Copenhagen.', { kind: 'organization', name: 'Nasdaq Copenhagen' }],
    // a compound whose head is a source noun is an unnamed source
    ['Dronningen abdicerer.\n\nEn kongehusekspert siger til Politiken, at beslutningen overraskede, fordi dronningen flere gange har sagt, at hun ville blive.', { kind: 'anonymous', text: 'En kongehusekspert' }],
    // the Royal House is an organisation
    ['Tronskiftet sker den 14. januar, oplyser Kongehuset.', { kind: 'organization', name: 'Kongehuset' }],
  ])('%s', (text, expected) => {
    expect(extractText(text, { language: 'da' }).sources).toContainEqual(expect.objectContaining(expected));
  });
  it('an adverb opening the sentence is no speaker ("Tidligere i dag sagde X")', () => {
    const sources = extractText('Tidligere i dag sagde Lars Hansen til DR, at han ikke vil stille op igen.', { language: 'da' }).sources;
    expect(sources.map((x) => x.name)).not.toContain('Tidligere');
  });
});

describe('unnamed speakers and companies', () => {
  const sources = (text: string, language = 'en') => extractText(text, { language }).sources.map((s) => [s.text, s.kind, s.name, s.affiliation ?? null]);
  it.each([
    ['Analysts said the move was a surprise.', ['Analysts', 'anonymous', null, null]],
    ['Analysts at Jefferies said the pound could weaken.', ['Analysts at Jefferies', 'anonymous', null, 'Jefferies']],
    ['The Acme Foods Co. said on Sunday that Tom Hale would return.', ['The Acme Foods Co.', 'organization', 'Acme Foods Co.', null]],
    // "one" is indefinite like "a"; an MP or a director named by no name is an unnamed source
    ['"It was close," said one Labour MP, who asked not to be named.', ['one Labour MP', 'anonymous', null, 'Labour']],
    ['"It was close," one executive director said, speaking on condition of anonymity.', ['one executive director', 'anonymous', null, null]],
    // the name after a title with its complement speaks
    ['Newcastle director of rugby Rob Andrew said the player was fine.', ['Newcastle director of rugby Rob Andrew', 'person', 'Rob Andrew', null]],
  ])('%s', (text, expected) => {
    expect(sources(text)).toContainEqual(expected);
  });
  it('keeps what the text says of an unnamed speaker: how many and the condition of anonymity', () => {
    const [s] = extractText('"It was close," said one Labour MP, who asked not to be named because talks are private.', { language: 'en' }).sources;
    expect(s).toMatchObject({ kind: 'anonymous', count: 1, anonymity: 'who asked not to be named because talks are private' });
  });
  it('a verb before "and said" is no inverted cue ("X, her opponent, bemoaned the unrest and said ...")', () => {
    const quotes = extractText('Tom Hale, her Republican opponent, bemoaned Charlotte unrest and said he thought that drugs were a "very big factor" in it.', { language: 'en' }).quotes;
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Tom Hale']);
  });
  it('an auxiliary ends an anonymous source ("Ifølge flere kilder i partiet har ...")', () => {
    expect(sources('Ifølge flere kilder i partiet har beslutningen været undervejs i flere uger.', 'da')).toContainEqual(['flere kilder i partiet', 'anonymous', null, 'partiet']);
  });
});

describe('not sources', () => {
  it('an occupation that is also an outlet\'s name is no outlet before a person\'s name', () => {
    const text = 'Economist Anna Berg of Acme Capital said the search could take until the end of the year.';
    expect(findOutlets(text, 0, text.length)).toEqual([]);
    expect(findOutlets('The Economist reported on Monday.', 0, 33).map((o) => o.name)).toEqual(['The Economist']);
  });
  it('a body whose name goes on after a known head is not that head ("the Commission on Presidential Debates")', () => {
    const sources = extractText('The Commission on Presidential Debates said the rules would not change.', { language: 'en' }).sources;
    expect(sources.some((x) => x.name === 'European Commission')).toBe(false);
  });
});
