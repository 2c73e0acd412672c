import { describe, expect, it } from 'vitest';
import { extractText } from '../../api.js';
import { certaintyOf } from './certainty.js';

describe('claims', () => {
  it.each([
    // [text, language, source kind, content starts with, certainty]
    ['The US official stated that the administration is increasingly open to the idea.', 'en', 'anonymous', 'the administration is increasingly open', 'certain'],
    ['His term is likely to be renewed, a source close to the negotiations told Sputnik.', 'en', 'anonymous', 'His term is likely to be renewed', 'likely'],
    ['According to Politico, the allies could decide by consensus next month.', 'en', 'outlet', 'the allies could decide', 'possible'],
    ['Hun bliver formentlig på posten et år mere, skriver VG.', 'da', 'outlet', 'Hun bliver formentlig', 'likely'],
    // verb second after "Ifølge X": the outlet alone speaks, the rest is the content
    ['Ifølge Ritzau præsenterer den nye statsminister sin regering for dronningen torsdag.', 'da', 'outlet', 'præsenterer den nye statsminister', 'certain'],
    ['Officials said that nothing is finalized or agreed yet.', 'en', 'anonymous', 'nothing is finalized', 'uncertain'],
    ['Economists said the choice signalled continuity at the bank.', 'en', 'anonymous', 'the choice signalled continuity', 'certain'],
    ['Økonomer siger, at valget betyder kontinuitet i banken.', 'da', 'anonymous', 'valget betyder kontinuitet', 'certain'],
    ['Ifølge flere medlemmer af bestyrelsen var der ingen modkandidater til posten.', 'da', 'anonymous', 'var der ingen modkandidater', 'certain'],
  ])('%s', (text, language, kind, content, certainty) => {
    const [c] = extractText(text, { language }).claims;
    expect(c.source.kind).toBe(kind);
    expect(c.content.text.startsWith(content)).toBe(true);
    expect(c.certainty).toBe(certainty);
    expect(c.direct).toBe(false);
  });

  it('gives a participle a subject of a capitalised word, a title and a name ("Energy minister Andrea Leadsom")', () => {
    const [c] = extractText('Energy minister Andrea Leadsom, the only other candidate, withdrew from the contest on Monday, saying she did not have enough support.', { language: 'en' }).claims;
    expect(c.source).toMatchObject({ kind: 'person', name: 'Andrea Leadsom' });
  });

  it('gives a participle the subject of its clause, not the phrase before its comma', () => {
    const [c] = extractText('Anna Berg resigned as prime minister on Thursday, just six weeks after taking office, saying she could not deliver her mandate.', { language: 'en' }).claims;
    expect(c.source).toMatchObject({ kind: 'person', name: 'Anna Berg' });
    expect(c.content.text.startsWith('she could not deliver')).toBe(true);
  });

  it.each([
    // [text, language, source text]
    ['The panel of three ambassadors told members that she had won the broadest support.', 'en', 'The panel of three ambassadors'],
    ['The board warned investors that profits would fall sharply this year.', 'en', 'The board'],
    ['Ugen før skrev det norske medie NRK, at hun bliver på posten et år mere.', 'da', 'det norske medie NRK'],
  ])('the source of "%s" is its subject, not whom it addressed', (text, language, source) => {
    const [c] = extractText(text, { language }).claims;
    expect(c.source.text).toBe(source);
  });

  it.each([
    ['The National Audit Office said the ministry had improved its planning.', 'National Audit Office'],
    ['The Commerce Department said the trade deficit was 24.4% above the previous record.', 'Commerce Department'],
    ['A Department for Constitutional Affairs spokeswoman said the two men agreed.', 'Department'],
  ])('names the organisation of "%s" by its whole capitalised name', (text, name) => {
    const [c] = extractText(text, { language: 'en' }).claims;
    expect(c.source).toMatchObject({ kind: 'organization', name });
  });

  it.each([
    ['Også Anna Berg nævnes som mulig kandidat, erfarer Berlingske fra tre kilder i partiet.', 'da', 'tre kilder i partiet', 'Berlingske', 'Også Anna Berg nævnes som mulig kandidat'],
    ['Anna Berg is the favourite to win, Reuters reported, citing two sources familiar with the talks.', 'en', 'two sources familiar with the talks', 'Reuters', 'Anna Berg is the favourite to win'],
  ])('an outlet citing its own sources passes their word on: %s', (text, language, source, via, content) => {
    const [c] = extractText(text, { language }).claims;
    expect(c.source).toMatchObject({ kind: 'anonymous', text: source });
    expect(c.via).toBe(via);
    expect(c.content.text).toBe(content);
  });

  it.each([
    // a definite description with a modifier points at the person just named; a bare noun or a word of anonymity does not
    ['Roberto Azevedo said he would leave. The Brazilian diplomat, who has led the body since 2013, said the early exit would let members choose his successor in time.', 'The Brazilian diplomat', 'person', 'Roberto Azevedo'],
    ['Roberto Azevedo spoke on Thursday. The official said the talks had stalled.', 'The official', 'anonymous', null],
    ['A Western diplomat said the talks had stalled. The diplomat said the allies were split.', 'The diplomat', 'anonymous', null],
    // a name in apposition after the description speaks, and the content stops before "according to"
    ['Members have until July 8 to put forward nominees, according to the general council chair, David Walker of New Zealand.', 'David Walker', 'person', 'David Walker'],
    // a subject phrase holding a reporting verb: the outer speaker for a pronoun or a thing, the inner one for a name
    // "accuses X of": X is accused, not the source
    ['The legal action accuses Mr Spector of murdering the actress at his home.', null, null, null],
  ])('the source of "%s"', (text, source, kind, name) => {
    const claims = extractText(text, { language: 'en' }).claims;
    const c = claims.find((x) => x.source.text === source);
    if (source === null) { expect(claims.filter((x) => x.cue.text === 'accuses')).toEqual([]); return; }
    expect(c?.source).toMatchObject({ kind, name });
    if (name === 'David Walker') expect(c?.content.text).toBe('Members have until July 8 to put forward nominees');
  });

  it('splits a subject phrase that holds a reporting verb: no source reads "X said the board"', () => {
    const text = 'Disney chairman Susan Arnold said the board had concluded that Iger was “uniquely situated to lead the company through this pivotal period.”';
    const r = extractText(text, { language: 'en' });
    expect(r.sources.map((x) => x.text)).not.toContainEqual(expect.stringContaining(' said '));
    expect(r.claims.find((c) => c.cue.text === 'concluded')?.source.text ?? 'the board').toBe('the board');
    const [c] = extractText('Liberal Democrat deputy leader Menzies Campbell said he thought the comments were well justified and fair.', { language: 'en' }).claims;
    expect(c.source.name).toBe('Menzies Campbell');
  });

  it('keeps the outlet of a reporting chain', () => {
    const [c] = extractText('His term is likely to be renewed, a source close to the negotiations told Sputnik.', { language: 'en' }).claims;
    expect(c.via).toBe('Sputnik');
  });

  it('takes the sentence before for "Det erfarer VG"', () => {
    const text = 'Landene vil bede ham om at fortsætte et år mere.\n\nDet erfarer det norske medie VG på baggrund af tre anonyme kilder.';
    const [c] = extractText(text, { language: 'da' }).claims;
    expect(c.content.text).toBe('Landene vil bede ham om at fortsætte et år mere');
    expect(c.source.name).toBe('VG');
  });

  it('makes a direct claim of an attributed quote', () => {
    const [c] = extractText('“We may need more time,” Maria Jensen said.', { language: 'en' }).claims;
    expect(c.direct).toBe(true);
    expect(c.certainty).toBe('possible');
  });

  it.each([
    ['Det er uvist, om han bliver.', 'da', 'uncertain'],
    ['Beslutningen kan blive taget i dag.', 'da', 'possible'],
    ['He reportedly met the king.', 'en', 'possible'],
    ['She denied the report.', 'en', 'denied'],
    ['The meeting took place.', 'en', 'certain'],
  ])('certainty of %s', (text, language, certainty) => {
    expect(certaintyOf(text, language).certainty).toBe(certainty);
  });
});
