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
  ])('%s -> %s %s', (text, kind, name, via) => {
    const sources = extractText(text, { language: /erfarer/.test(text) ? 'da' : 'en' }).sources;
    const s = sources.find((x) => x.kind === kind && (name === null || x.name === name));
    expect(s).toBeDefined();
    if (via) expect(s?.via).toBe(via);
  });
});

describe('Danish speakers', () => {
  it('a ministry named in one compound word is an organisation', () => {
    const sources = extractText('Regeringen forlænger aftalen. Det oplyser Erhvervsministeriet i en pressemeddelelse tirsdag.', { language: 'da' }).sources;
    expect(sources).toContainEqual(expect.objectContaining({ kind: 'organization', name: 'Erhvervsministeriet' }));
  });
  it('capitalised words with no given name that the people stage did not take are an organisation', () => {
    const sources = extractText('Aktien steg 4 procent i løbet af tirsdagen, oplyser Nasdaq Copenhagen.', { language: 'da' }).sources;
    expect(sources).toContainEqual(expect.objectContaining({ kind: 'organization', name: 'Nasdaq Copenhagen' }));
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
  ])('%s', (text, expected) => {
    expect(sources(text)).toContainEqual(expected);
  });
  it('an auxiliary ends an anonymous source ("Ifølge flere kilder i partiet har ...")', () => {
    expect(sources('Ifølge flere kilder i partiet har beslutningen været undervejs i flere uger.', 'da')).toContainEqual(['flere kilder i partiet', 'anonymous', null, 'partiet']);
  });
});
