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
  it('an adverb opening the sentence is no speaker ("Tidligere i dag sagde X")', () => {
    const sources = extractText('Tidligere i dag sagde Lars Hansen til DR, at han ikke vil stille op igen.', { language: 'da' }).sources;
    expect(sources.map((x) => x.name)).not.toContain('Tidligere');
  });
});
