import { describe, expect, it } from 'vitest';
import { buildOffsetMap } from './offsets.js';
import { readHeader, isValidDateValue } from './header.js';
import { MAX_SENTENCE, splitSentences } from './sentences.js';
import { detectLanguage } from './language.js';
import { foldName } from './fold.js';

describe('offsets', () => {
  it.each([
    ['plain ascii', 'Hello world', 6, 6],
    ['after an emoji', 'a😀b', 3, 2],
    ['after two emoji', '😀😀x', 4, 2],
    ['before any astral', 'ab😀', 1, 1],
  ])('%s', (_label, text, utf16, cp) => {
    const map = buildOffsetMap(text);
    expect(map.toCodePoint(utf16)).toBe(cp);
    expect(map.toUtf16(cp)).toBe(utf16);
  });
});

describe('date header', () => {
  it.each([
    [' date 2023-06-17 NATO Secretary General', '2023-06-17', 17],
    ['date: 2024-02\nText', '2024-02', 14],
    ['Date 2023 text', '2023', 10],
  ])('reads %j', (text, date, end) => {
    expect(readHeader(text)).toEqual({ date, start: 0, end });
  });
  it.each([['The date 2023-06-17 is later'], ['dated 2023-06-17'], ['date 2023-06-171']])('ignores %j', (text) => {
    expect(readHeader(text)).toBeNull();
  });
  it.each([['2023-02-29', false], ['2024-02-29', true], ['2023-13', false], ['2023', true], ['23-01-01', false]])('validates %s', (v, ok) => {
    expect(isValidDateValue(v)).toBe(ok);
  });
});

describe('sentences', () => {
  const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));
  it.each([
    ['Mr. Smith arrived. He left.', ['Mr. Smith arrived.', 'He left.']],
    ['The U.S. President spoke. Then he left.', ['The U.S. President spoke.', 'Then he left.']],
    ['"We are ready," he said. "Go."', ['"We are ready," he said.', '"Go."']],
    ['Headline without stop\nBody text here. More.', ['Headline without stop', 'Body text here.', 'More.']],
    ['Det sagde bl.a. statsministeren. Hun gik.', ['Det sagde bl.a. statsministeren.', 'Hun gik.']],
    ['J. R. Smith won. It rained.', ['J. R. Smith won.', 'It rained.']],
    ['It cost 3.5 million. Then 4.', ['It cost 3.5 million.', 'Then 4.']],
    // "Del." (Delegate) is an abbreviation only capitalised: Danish "del" is a common word
    ['State Del. Marcia Price spoke. He left.', ['State Del. Marcia Price spoke.', 'He left.']],
    ['Det er en stor del. Han kom.', ['Det er en stor del.', 'Han kom.']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
  it('cuts a line with no stops into bounded pieces at spaces', () => {
    const t = 'word '.repeat(3000);
    const s = splitSentences(t);
    expect(s.length).toBeGreaterThan(5);
    for (const x of s) expect(x.end - x.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(s.map((x) => t.slice(x.start, x.end)).join(' ')).toBe(t.trim());
  });
  it('cuts a run of digits without splitting anything else', () => {
    const t = '9'.repeat(10_000);
    expect(splitSentences(t).map((x) => x.end - x.start)).toEqual([2000, 2000, 2000, 2000, 2000]);
  });
  it('reads a hard-wrapped text by paragraphs: a name wrapped over two lines stays in one sentence', () => {
    const t = [
      'date 1987-03-30',
      'ACME NAMES CHAIRMAN',
      '',
      'NEW YORK, March 30 - Acme Corp said its shareholders',
      'elected Ian M. Cumming as chairman, succeeding Victor H.',
      'Palmieri, and Joseph S. Steinberg as president, succeeding',
      'Peter A. Martosella.',
      '    Acme Corp, formerly Baldwin-United Corp, said Cumming and',
      'Steinberg were also elected to the board of directors.',
      ' Reuter',
    ].join('\n');
    const s = split(t);
    expect(s[0]).toBe('date 1987-03-30');
    expect(s[1]).toBe('ACME NAMES CHAIRMAN');
    expect(s[2]).toContain('succeeding Victor H.\nPalmieri, and Joseph');
    expect(s[2].endsWith('Peter A. Martosella.')).toBe(true);
    expect(s[3].startsWith('Acme Corp, formerly')).toBe(true);
    expect(s[s.length - 1]).toBe('Reuter');
  });
  it('keeps line breaks as sentence ends in text written a paragraph per line', () => {
    const t = 'A headline\nThe first paragraph is a long line that runs on and on past any wrap width. It has two sentences.\nThe second paragraph.';
    expect(split(t)).toEqual(['A headline', 'The first paragraph is a long line that runs on and on past any wrap width.', 'It has two sentences.', 'The second paragraph.']);
  });
  it('never returns empty or overlapping sentences', () => {
    const t = '  \n\n. . !! ?\n\n';
    const s = splitSentences(t);
    for (let i = 0; i < s.length; i++) {
      expect(s[i].end).toBeGreaterThan(s[i].start);
      if (i) expect(s[i].start).toBeGreaterThanOrEqual(s[i - 1].end);
    }
  });
});

describe('language', () => {
  it.each([
    ['The prime minister said on Thursday that the government would not seek another term in office.', 'en'],
    ['Statsministeren sagde torsdag, at regeringen ikke vil søge om endnu en periode på posten.', 'da'],
    ['ok', 'und'],
  ])('%j is %s', (text, lang) => {
    expect(detectLanguage(text).language).toBe(lang);
  });
  // Longer texts take the quick path (a 250-character opening) when it is clearly English.
  const long = (s: string): string => `${s} ${s} ${s}`;
  it.each([
    [long('The central bank said on Monday that its governor would step down at the end of the year, and that the board would choose a successor before the summer. Officials said the decision had been expected for months.'), 'en'],
    [long('Nationalbanken oplyste mandag, at direktøren går af ved årets udgang, og at bestyrelsen vil vælge en efterfølger inden sommeren. Ifølge flere kilder har beslutningen været ventet i månedsvis.'), 'da'],
    [long('Die Zentralbank teilte am Montag mit, dass ihr Präsident zum Jahresende zurücktreten werde und der Vorstand vor dem Sommer einen Nachfolger wählen wolle. Die Entscheidung sei seit Monaten erwartet worden.'), 'de'],
    [long('De centrale bank meldde maandag dat de president aan het einde van het jaar aftreedt en dat het bestuur voor de zomer een opvolger zal kiezen. Het besluit werd al maanden verwacht, zeggen ingewijden.'), 'nl'],
    [long('El banco central anunció el lunes que su gobernador dejará el cargo a finales de año y que el consejo elegirá a un sucesor antes del verano. Según varias fuentes, la decisión se esperaba desde hace meses.'), 'es'],
    [long('La banque centrale a annoncé lundi que son gouverneur quittera ses fonctions à la fin de l’année et que le conseil choisira un successeur avant l’été. Selon plusieurs sources, la décision était attendue.'), 'fr'],
    [long('Riksbanken meddelade på måndagen att chefen avgår vid årets slut och att styrelsen ska välja en efterträdare före sommaren. Enligt flera källor har beslutet varit väntat i månader.'), 'sv'],
  ])('long text in %#: %s', (text, lang) => {
    expect(detectLanguage(text).language).toBe(lang);
  });
  // The function-word path accepts wire copy that franc's trigrams read as French; it must not
  // accept a Danish text that quotes English, nor a French one full of names.
  it.each([
    [long('PARIS, March 3 - The French domestic bond issuing committee said it has approved three new issues totalling 1.8 billion francs. Credit Lyonnais will lead manage a 1.2 billion franc issue for the Caisse Centrale de Credit Cooperatif.'), 'en'],
    [long('Statsministeren sagde til The Guardian, at "the decision is final", men ifølge flere kilder er der stadig uenighed i regeringen om, hvem der skal overtage posten efter sommerferien, og hvornår det bliver.'), 'da'],
    [long('Le président de la Banque de France, qui a rencontré les dirigeants de la Deutsche Bank et de la Bank of England, a déclaré que la politique monétaire resterait inchangée pendant plusieurs mois.'), 'fr'],
  ])('function words in %#: %s', (text, lang) => {
    expect(detectLanguage(text).language).toBe(lang);
  });
});

describe('foldName', () => {
  it.each([['Zdeněk Hřib', 'zdenek hrib'], ['  Anne   Smith ', 'anne smith'], ['O’Brien', "o'brien"]])('%s', (a, b) => {
    expect(foldName(a)).toBe(b);
  });
});
