import {
  countryOf, isCommonWord, isFirstName, isTitleWord, isHonorific, isInstitutionWord, isKnownNonPersonPhrase, isKnownPerson, isLastName,
  isNonPersonWord, isStopword, LOCATIVES, PERSON_CUES, QUALIFIERS, ROLE_WORDS, SPEECH_BEFORE, TITLE_ABBREVIATIONS,
} from './lexicon.js';
import { matchPlaceOrOrg, matchTitle } from './roles/phrase.js';

const NO_ORGS = new Set<string>();
/** A lower-cased title word or qualifier ("former", "deputy", "prime"). */
const QUALIFIER_OR_TITLE = (low: string): boolean => ROLE_WORDS.has(low) && (isTitleWord(low) || QUALIFIERS.has(low));
import type { Token } from './tokens.js';

/** A name found in a sentence: token indices [from, to) of the name only. */
export interface NameCandidate {
  from: number;
  to: number;
  /** Sure enough to stand alone (a given name, a title or honorific before it, ...). */
  strong: boolean;
  rule: string;
  honorific: string | null;
}

// Particles inside names: "Ursula von der Leyen", "Ruud van Nistelrooy", "Osama bin Laden".
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'af', 'zu', 'y']);
const CAP_PARTICLE = /^(Van|Von|De|Di|Da|Du|Del|Della|Ter|Ten|Mac)$/;
const OPENERS = new Set(['"', '“', '‘', '«', '(', '[', '-', '–', '—', ':', "'"]);

/** "A." of "A. Dale": a capital letter with a full stop. */
const isInitial = (tokens: Token[], i: number): boolean => tokens[i].shape === 'initial' && tokens[i + 1]?.text === '.';
/** A function word, unless it is a given name right before another name word ("Per Løkkegaard"). */
function isFunctionWord(tokens: Token[], i: number, lang: string): boolean {
  if (!isStopword(tokens[i].text, lang) || isInitial(tokens, i)) return false;
  return !(isFirstName(tokens[i].text) && tokens[i + 1] && isNameShape(tokens[i + 1]));
}
const isNameShape = (t: Token): boolean => (t.shape === 'cap' || t.shape === 'initial') && !/-\p{Ll}/u.test(t.text);

/** Sentence-initial: first word of the sentence, or after an opening quote, bracket or dash. */
function atStart(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && OPENERS.has(tokens[j].text)) j--;
  return j < 0 || /^[.!?]$/.test(tokens[j].text);
}

/** Maximal runs of capitalised words (with initials and particles) in a sentence. */
export function capitalisedRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameShape(tokens[i]) && !(tokens[i].shape === 'upper' && tokens[i + 1] && isNameShape(tokens[i + 1]))) continue;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (tokens[j - 1].possessive) break;
      if (isNameShape(t)) continue;
      // "Henry VIII", "Leopold III"
      if (/^(II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/.test(t.text) && tokens[j - 1].shape === 'cap') continue;
      if (t.text === '.' && tokens[j - 1].shape === 'initial') continue;
      let k = j;
      while (k < tokens.length && PARTICLES.has(tokens[k].text)) k++;
      if (k > j && tokens[k] && isNameShape(tokens[k])) { j = k; continue; }
      break;
    }
    // a bare capital letter at the end is a table column or a list mark, not an initial ("Revenue N / A")
    const end = tokens[j - 1].shape === 'initial' && tokens[j]?.text !== '.' && j - 1 > i ? j - 1 : j;
    runs.push([i, end]);
    i = j - 1;
  }
  return runs;
}

/** Strips role words, honorifics and sentence-initial function words from the front of a run. */
function stripFront(tokens: Token[], from: number, to: number, lang: string): { from: number; role: boolean; honorific: string | null } {
  let role = false; let honorific: string | null = null;
  let i = from;
  // only a title or honorific right before the name makes it a name by itself
  const mark = (titled: boolean): void => { role = titled; };
  while (i < to - 1 || (i < to && (tokens[i].shape === 'upper' || isFunctionWord(tokens, i, lang)))) {
    const t = tokens[i];
    const low = t.text.toLowerCase();
    if (isHonorific(t.text) && !isFirstName(t.text)) { honorific = t.text; mark(true); i += tokens[i + 1]?.text === '.' ? 2 : 1; continue; }
    const title = matchTitle(tokens, i);
    if (title !== null && title <= to) { mark(true); i = title; continue; }
    if (TITLE_ABBREVIATIONS.has(t.text)) { mark(true); i += tokens[i + 1]?.text === '.' ? 2 : 1; continue; }
    if (t.text === '.') { i++; continue; }
    const place = matchPlaceOrOrg(tokens, i, NO_ORGS);
    if (place && place.end < to && (!isFirstName(t.text) || place.end - i > 1)) { mark(false); i = place.end; continue; }
    if (t.shape === 'upper' || (QUALIFIER_OR_TITLE(low) && !isFirstName(t.text))) { mark(false); i++; continue; }
    if (isFunctionWord(tokens, i, lang) || (atStart(tokens, i) && isNonPersonWord(t.text, lang) && !isFirstName(t.text))) { mark(false); i++; continue; }
    break;
  }
  return { from: i, role, honorific };
}

/** Decides which capitalised runs name people. Single unknown words are left for the linking pass. */
export function recogniseNames(tokens: Token[], lang: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const [runFrom, runTo] of capitalisedRuns(tokens)) {
    const front = stripFront(tokens, runFrom, runTo, lang);
    const { role, honorific } = front;
    let from = front.from;
    let to = runTo;
    if (from === runFrom && atStart(tokens, from) && to - from >= 3 && !isFirstName(tokens[from].text) && isFirstName(tokens[from + 1].text)) from++;
    while (to > from && (isInstitutionWord(tokens[to - 1].text) || tokens[to - 1].text === '.')) to--;
    if (to <= from || to < runTo && isInstitutionWord(tokens[runTo - 1].text)) continue;
    const names = tokens.slice(from, to).filter((t) => t.text !== '.');
    if (names.length > 4 || names.every((t) => t.shape === 'initial')) continue;
    if (tokens.slice(from, to).some((t, k) => !PARTICLES.has(t.text) && isFunctionWord(tokens, from + k, lang))) continue;
    const c = classify(tokens, from, to, lang, role || honorific !== null || titledBefore(tokens, from));
    if (c) out.push({ from, to, strong: c.strong, rule: c.rule, honorific });
  }
  return out;
}

/** A lower-case title right before the run: "statsminister Anne Lund", "prins Joachim". */
function titledBefore(tokens: Token[], from: number): boolean {
  for (let k = 1; k <= 3 && from - k >= 0; k++) {
    const t = tokens[from - k];
    if (t.shape !== 'lower') return false;
    if (matchTitle(tokens, from - k) === from) return true;
  }
  return false;
}

function classify(tokens: Token[], from: number, to: number, lang: string, titled: boolean): { strong: boolean; rule: string } | null {
  const words = tokens.slice(from, to).filter((t) => t.text !== '.' && !PARTICLES.has(t.text));
  const phrase = tokens.slice(from, to).map((t) => t.text).join(' ');
  const first = words[0];
  const last = words[words.length - 1];
  const initial = atStart(tokens, from);
  if (isKnownNonPersonPhrase(phrase)) return null;
  // "Van der Westhuizen", "De Wilde": a capitalised surname particle before a name
  if (words.length >= 1 && CAP_PARTICLE.test(tokens[from].text) && to - from >= 2 && !isNonPersonWord(last.text, lang)) return { strong: true, rule: 'people/surname-particle' };
  const next = tokens[to];
  if (words.length >= 2 && isFirstName(first.text) && (!isInstitutionWord(last.text) || isLastName(last.text))) return { strong: true, rule: 'people/given-name' };
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
  return classifySingle(first, tokens[from - 1], next, lang, initial);
}

// Common Nordic, German, Slavic and other surname endings ("Nielsen", "Løkkegaard", "Kowalski").
const SURNAME_END = /(sen|søn|sson|strup|rup|gaard|gård|holm|berg|borg|dahl|lund|bjerg|skov|høj|toft|kjær|kær|feldt|mann|ström|strøm|stein|ski|sky|ska|enko|ović|ovic|vić|escu|poulos|oglu|oğlu|ova|ov|ev|eva|in)$/;

/** Danish text capitalises names and little else, but companies and titles of works are capitalised too. */
function nordicName(words: Token[], initial: boolean): boolean {
  const first = words[0]; const last = words[words.length - 1];
  if (initial && !isFirstName(first.text) && first.shape !== 'initial') return false;
  return isFirstName(first.text) || isLastName(last.text) || SURNAME_END.test(last.text) || first.shape === 'initial';
}

const DA_INSTITUTION = /(museum|museet|banen|hæren|rådet|ministeriet|ministerium|skolen|huset|partiet|banken|bank|selskab|selskabet|kommune|kommunen|amt|havn|havnen|vej|vejen|gade|gaden|brugsen|centret|centeret|forbund|forbundet|udvalget|styrelsen|instituttet|universitet|universitetet|avisen|bladet|tidende|posten|kirke|kirken|slot|slottet|koncernen|gruppen)$/i;

/** One word: a known person, a given name, or a capitalised word followed by a speech verb. */
function classifySingle(first: Token, prev: Token | undefined, next: Token | undefined, lang: string, initial: boolean): { strong: boolean; rule: string } | null {
  if (first.shape === 'initial' || first.shape === 'upper' || isStopword(first.text, lang)) return null;
  // "City", "Chad": an institution word or a place is not a person by itself
  if (isNonPersonWord(first.text, lang) && !isLastName(first.text)) return null;
  const before = prev?.text.toLowerCase() ?? '';
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
