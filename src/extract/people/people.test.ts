import { describe, expect, it } from 'vitest';
import { processDocument } from '../../pipeline/run.js';

const run = (text: string, language = 'en') => processDocument({ id: 't.txt', text }, { language }).people;
const names = (text: string, language = 'en') => run(text, language).map((p) => p.name);

describe('people: names only, never with titles or honorifics', () => {
  it.each([
    ['NATO Secretary General Jens Halvorsen said on Thursday that he would stay.', ['Jens Halvorsen']],
    ['British Defense Secretary Ben Walker has openly expressed his interest.', ['Ben Walker']],
    ['General Jens Halvorsen arrived in Brussels.', ['Jens Halvorsen']],
    ['Dutch PM Mark Verhoeven’s candidacy is becoming popular.', ['Mark Verhoeven']],
    // abbreviations with full stops are places and organisations, not initials of the name
    ['The U.S. President Jon Whitby said so.', ['Jon Whitby']],
    ['Russian U.N. Ambassador Vitaly Churkov told reporters.', ['Vitaly Churkov']],
    // a committee's name before the title and the name
    ['Senate Banking Committee Chairman Mike Crapson said he expected a vote.', ['Mike Crapson']],
    // a month after a given name is a surname, unless a day number follows it
    ['British Prime Minister Theresa Mayfair met Jon Whitby in May.', ['Theresa Mayfair', 'Jon Whitby']],
    ['He met Prime Minister Theresa May on Friday.', ['Theresa May']],
    ['He told Anna May 5 was the date.', []],
    // a family name and a hyphenated given name, even when the family name is an English word
    ['He will replace Ban Ki-hoon, whose term ends in December.', ['Ban Ki-hoon']],
    ['Although US Ambassador to NATO Juliana Smith has said so, allies wait.', ['Juliana Smith']],
    ['The same applies to Latvian Foreign Minister Krišjānis Bērziņš, who also expressed interest.', ['Krišjānis Bērziņš']],
    ['Mr. Smith met Dr Angela Schulz in Berlin.', ['Smith', 'Angela Schulz']],
    ['Mullah Akhtar Mansour was killed in May.', ['Akhtar Mansour']],
    ['The central bank said Governor Andrew Bailey would speak.', ['Andrew Bailey']],
    ['Former Italian Prime Minister Mario Bianchi declined.', ['Mario Bianchi']],
    ['Ursula von der Leyen spoke to reporters.', ['Ursula von der Leyen']],
    // the Dutch particle 't is part of the name; an apostrophe and t elsewhere is not
    ['Chief executive Cees \'t Hart will step down in September.', ['Cees \'t Hart']],
    ['Physicist Gerard ’t Hooft gave a lecture.', ['Gerard ’t Hooft']],
    ['H. C. Andersen wrote fairy tales.', ['H. C. Andersen']],
    // an unknown word before a job noun and a name is the employer; a known name stays a person
    ['The pound could weaken, said Jefferies analyst Tom Hart.', ['Tom Hart']],
    ['The pound could weaken, said Obama adviser David Axelrod.', ['Obama', 'David Axelrod']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('people: mentions are the name only', () => {
  it('drops the possessive and links surnames to the full name', () => {
    const [p] = run('Jens Halvorsen spoke. Halvorsen’s term ends in September. HALVORSEN STAYS ON');
    expect(p.name).toBe('Jens Halvorsen');
    expect(p.mentions.map((m) => m.text)).toEqual(['Jens Halvorsen', 'Halvorsen', 'HALVORSEN']);
  });
  it('links a surname in a headline before the full name', () => {
    const [p] = run('Verhoeven wins backing\nDutch Prime Minister Mark Verhoeven won the backing of allies.');
    expect(p.mentions.map((m) => m.text)).toEqual(['Verhoeven', 'Mark Verhoeven']);
  });
  it('keeps code-point offsets', () => {
    const text = '😀 Latvian Foreign Minister Krišjānis Bērziņš spoke.';
    const [p] = run(text);
    expect([...text].slice(p.mentions[0].start, p.mentions[0].end).join('')).toBe('Krišjānis Bērziņš');
  });
  it('links a first word that is no known given name to its one full name ("Tedros")', () => {
    const found = processDocument({ id: 't.txt', text: 'Tedros Adhanom Ghebreyesus was re-elected. Tedros, a former health minister, was the only candidate.' }, { language: 'en' }).people;
    expect(found.map((p) => [p.name, p.mentions.length])).toEqual([['Tedros Adhanom Ghebreyesus', 2]]);
  });
  it('keeps two people who share a surname apart', () => {
    expect(names('Jens Halvorsen and Thorvald Halvorsen met.')).toEqual(['Jens Halvorsen', 'Thorvald Halvorsen']);
  });
  it('reads results tables', () => {
    expect(names('1. Sandrine Testud ( France ) 4-6 6-2\n2. Ludmila Engquist ( Sweden ) 12.74')).toEqual(['Sandrine Testud', 'Ludmila Engquist']);
  });
});

describe('people: Danish', () => {
  it.each([
    ['Herhjemme har rygterne svirret om, at statsminister Mette Kristensen (S) var kandidat.', ['Mette Kristensen']],
    ['Natos 31 medlemslande vil bede alliancens generalsekretær, Jens Halvorsen, om at fortsætte.', ['Jens Halvorsen']],
    ['Ugen før skrev NRK, at USA\'s præsident, Joe Biden, havde bedt om det.', ['Joe Biden']],
    ['Det har dog ikke forhindret, at selskabets direktør, Per Løkkegaard, nu optages.', ['Per Løkkegaard']],
    ['Maja ryster på hovedet.', ['Maja']],
    ['" På mødet i maj sagde Lundbæk, at han havde diskuteret sagen.', ['Lundbæk']],
    ['Kelds oplæg blev fulgt 100 procent.', ['Kelds']],
    ['Man ville forhindre det, forklarede politimester Dahlfelt.', ['Dahlfelt']],
    // an unknown given and family name around a known middle name; the middle name alone later
    ['Bestyrelsen har udpeget Maziar Mike Doustdar som ny direktør. Mike er den rette, siger formanden.', ['Maziar Mike Doustdar']],
    ['Lars Løkke Rasmussen talte. Senere sagde Løkke nej.', ['Lars Løkke Rasmussen']],
    // a genitive without an apostrophe is the same person
    ['Lars Holmgaard går af. Lars Holmgaards efterfølger bliver valgt i juni.', ['Lars Holmgaard']],
    // written only in the genitive, with a surname's ending; a name that ends in -s stays
    ['Regeringen vil forlænge direktør Lars Olsens kontrakt.', ['Lars Olsen']],
    ['Som Georg Brandes skrev i 1871, var tiden inde.', ['Georg Brandes']],
    // a regnal number names one monarch: the crown prince Frederik is not his grandfather Frederik IX
    ['Tronen går til kronprins Frederik. Dronningen blev regent ved kong Frederik IX\'s død.', ['Frederik', 'Frederik IX']],
  ])('%s', (text, expected) => {
    expect(names(text, 'da')).toEqual(expected);
  });

  it('a genitive mention covers the name without its ending', () => {
    const [p] = run('Lars Holmgaard går af. Lars Holmgaards efterfølger bliver valgt i juni.', 'da');
    expect(p.mentions.map((m) => m.text)).toEqual(['Lars Holmgaard', 'Lars Holmgaard']);
  });
});
