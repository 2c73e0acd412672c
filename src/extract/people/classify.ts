import {
  countryOf, isCommonWord, isFirstName, isInstitutionWord, isKnownNonPersonPhrase, isKnownPerson, isLastName, isMonth,
  isJobNoun, isNonPersonWord, isStopword, isTitleWord, LOCATIVES, PERSON_CUES, SPEECH_BEFORE,
} from './lexicon.js';
import { matchTitle } from './roles/phrase.js';
import type { Token } from './tokens.js';
import { atStart, CAP_PARTICLE, HYPHENATED_GIVEN, isNameShape, PARTICLES } from './word-class.js';

/** A lower-case title right before the run: "statsminister Anne Lund", "prins Joachim". */
export function titledBefore(tokens: Token[], from: number): boolean {
  for (let k = 1; k <= 3 && from - k >= 0; k++) {
    const t = tokens[from - k];
    if (t.shape !== 'lower') return false;
    if (matchTitle(tokens, from - k) === from) return true;
  }
  return false;
}

export function classify(tokens: Token[], from: number, to: number, lang: string, titled: boolean): { strong: boolean; rule: string } | null {
  const words = tokens.slice(from, to).filter((t) => t.text !== '.' && !PARTICLES.has(t.text));
  const phrase = tokens.slice(from, to).map((t) => t.text).join(' ');
  const first = words[0];
  const last = words[words.length - 1];
  const initial = atStart(tokens, from);
  if (isKnownNonPersonPhrase(phrase)) return null;
  // "Ben & Jerry's", "Marks & Spencer", "Procter & Gamble": names joined by an ampersand are a firm
  if (tokens[from - 1]?.text === '&' || tokens[to]?.text === '&') return null;
  // "Van der Westhuizen", "De Wilde": a capitalised surname particle before a name
  if (words.length >= 1 && CAP_PARTICLE.test(tokens[from].text) && to - from >= 2 && !isNonPersonWord(last.text, lang)) return { strong: true, rule: 'people/surname-particle' };
  const next = tokens[to];
  // ("Theresa May": the caller has already told a month from a surname by what follows it)
  if (words.length >= 2 && isFirstName(first.text) && (!isInstitutionWord(last.text) || isLastName(last.text) || isMonth(last.text))) return { strong: true, rule: 'people/given-name' };
  // "Ban Ki-moon", "Moon Jae-in": a family name and a hyphenated given name, even when the family name is a common word
  if (words.length === 2 && HYPHENATED_GIVEN.test(last.text) && first.shape === 'cap') return { strong: true, rule: 'people/hyphenated-given-name' };
  // results tables: "Sandrine Testud ( France ) beat ..."
  if (next?.text === '(' && countryOf(tokens[to + 1]?.text ?? '') && !isNonPersonWord(first.text, lang)) return { strong: true, rule: 'people/name-country-bracket' };
  if (words.some((t) => isNonPersonWord(t.text, lang) && !isFirstName(t.text) && !isLastName(t.text))) return null;
  // "U.S. Assistant Secretary", "U.N. High Commissioner": a title, not a name
  if (isTitleWord(last.text) && !isLastName(last.text)) return null;
  if (titled) return { strong: true, rule: 'people/title-before-name' };
  // "Human Rights", "Red Star": everyday English words in capitals (English only: Danish nouns are lower-case)
  if (lang === 'en' && words.length >= 2 && isCommonWord(first.text)) return null;
  const party = next?.text === '(' && /^\p{Lu}{1,3}$/u.test(tokens[to + 1]?.text ?? '') && tokens[to + 2]?.text === ')';
  if (party && lang === 'da') return { strong: true, rule: 'people/party-tag' };
  if (words.length >= 2) {
    if (lang === 'da') return nordicName(words, initial) ? { strong: true, rule: 'people/capitalised-name' } : null;
    if (!initial || isLastName(last.text) || (first.shape === 'initial')) return { strong: true, rule: 'people/capitalised-name' };
    // "Naina Yeltsin had ...", "Wasim Akram c Knight": unknown words, not everyday ones, at the start
    if (words.length <= 3 && words.every((t) => !isCommonWord(t.text) && !isStopword(t.text, lang) && !isTitleWord(t.text))) return { strong: true, rule: 'people/capitalised-name' };
    return null;
  }
  if (employerBefore(first, next, tokens[to + 1])) return null;
  if (datelineRegion(tokens, from)) return null;
  return classifySingle(first, tokens[from - 1], next, lang, initial);
}

/**
 * "ARLINGTON, Virginia (Reuters) -", "PARIS, Texas -": the word after a dateline's city in capitals
 * names its state or country, even when it is also a given name.
 */
function datelineRegion(tokens: Token[], from: number): boolean {
  const city = from - 2;
  if (city < 0 || tokens[from - 1].text !== ',' || tokens[city].shape !== 'upper' || tokens[city].text.length < 3) return false;
  let k = city;
  while (k > 0 && tokens[k - 1].shape === 'upper') k--; // "NEW YORK", "SAN FRANCISCO"
  return atStart(tokens, k);
}

/**
 * "said Jefferies analyst Tom Hart", "Reuters correspondent Ann Lee": an unknown word before a job
 * noun and a name is the employer, not a person. Known names stay ("Obama adviser David Axelrod").
 */
function employerBefore(word: Token, next: Token | undefined, after: Token | undefined): boolean {
  if (!next || next.shape !== 'lower' || !after || !isNameShape(after)) return false;
  if (!isJobNoun(next.low) && !isTitleWord(next.low)) return false;
  return !isFirstName(word.text) && !isLastName(word.text) && !isKnownPerson(word.text);
}

// Common Nordic, German, Slavic and other surname endings ("Nielsen", "Løkkegaard", "Kowalski").
export const SURNAME_END = /(sen|søn|sson|strup|rup|gaard|gård|holm|berg|borg|dahl|lund|bjerg|skov|høj|toft|kjær|kær|feldt|mann|ström|strøm|stein|ski|sky|ska|enko|ović|ovic|vić|escu|poulos|oglu|oğlu|ova|ov|ev|eva|in)$/;

/** Danish text capitalises names and little else, but companies and titles of works are capitalised too. */
function nordicName(words: Token[], initial: boolean): boolean {
  const first = words[0]; const last = words[words.length - 1];
  if (initial && !isFirstName(first.text) && first.shape !== 'initial') return false;
  // "Maziar Mike Doustdar": a known given name in the middle will do
  return isFirstName(first.text) || isLastName(last.text) || SURNAME_END.test(last.text) || first.shape === 'initial'
    || (!initial && words.length >= 3 && first.text.length >= 4 && last.text.length >= 4 && words.slice(1, -1).some((w) => isFirstName(w.text)));
}

const DA_INSTITUTION = /(museum|museet|banen|hæren|rådet|ministeriet|ministerium|skolen|huset|partiet|banken|bank|selskab|selskabet|kommune|kommunen|amt|havn|havnen|vej|vejen|gade|gaden|brugsen|centret|centeret|forbund|forbundet|udvalget|styrelsen|instituttet|universitet|universitetet|avisen|bladet|tidende|posten|kirke|kirken|slot|slottet|koncernen|gruppen)$/i;

/** One word: a known person, a given name, or a capitalised word followed by a speech verb. */
function classifySingle(first: Token, prev: Token | undefined, next: Token | undefined, lang: string, initial: boolean): { strong: boolean; rule: string } | null {
  if (first.shape === 'initial' || first.shape === 'upper' || isStopword(first.text, lang)) return null;
  // "OpenAI", "PayPal" style brand names ending in capitals: "OpenAI said" is a company speaking
  if (/\p{Ll}\p{Lu}{2,}$/u.test(first.text)) return null;
  // "City", "Chad": an institution word or a place is not a person by itself
  if (isNonPersonWord(first.text, lang) && !isLastName(first.text)) return null;
  const before = prev?.low ?? '';
  // "i Løgstør", "from Hobro": a place
  if ((LOCATIVES.en.has(before) || (lang === 'da' && LOCATIVES.da.has(before))) && !isFirstName(first.text)) return null;
  // "Forbundshæren", "Kunstmuseum": Danish compounds ending in an institution word
  if (lang === 'da' && DA_INSTITUTION.test(first.text)) return null;
  // "sagde Lundbæk", "said Washington"; "den 23-årige Kitt", "the 11th-seeded Washington"
  if (SPEECH_BEFORE.en.has(before) || (lang === 'da' && SPEECH_BEFORE.da.has(before))) return { strong: false, rule: 'people/cue-before-name' };
  if (/^\d+[-‑](årige?|year-old|årig)$/.test(prev?.text ?? '')) return { strong: false, rule: 'people/age-before-name' };
  const cue = next && (PERSON_CUES.en.has(next.text) || (lang === 'da' && PERSON_CUES.da.has(next.text)));
  if (lang === 'en' && isCommonWord(first.text)) return { strong: false, rule: 'people/single-word' };
  if (isKnownPerson(first.text) && !isFirstName(first.text)) return { strong: false, rule: 'people/known-surname' };
  if (isFirstName(first.text) && (lang === 'da' || !initial || cue)) return { strong: false, rule: 'people/given-name-alone' };
  // Danish genitive of a given name: "Kelds oplæg", "Susannes tanker"
  if (lang === 'da' && /[^s]s$/.test(first.text) && isFirstName(first.text.slice(0, -1))) return { strong: false, rule: 'people/given-name-alone' };
  if (cue && !initial) return { strong: false, rule: 'people/name-before-cue' };
  return { strong: false, rule: 'people/single-word' };
}
