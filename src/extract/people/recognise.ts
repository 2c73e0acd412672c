import { classify, titledBefore } from './classify.js';
import { isFirstName, isHonorific, isInstitutionWord, isMonth, isNonPersonWord, isTitleWord, QUALIFIERS, ROLE_WORDS, TITLE_ABBREVIATIONS } from './lexicon.js';
import { matchPlaceOrOrg, matchTitle } from './roles/phrase.js';
import type { Token } from './tokens.js';
import { atStart, HYPHENATED_GIVEN, isFunctionWord, isNameShape, PARTICLES } from './word-class.js';

const NO_ORGS = new Set<string>();
/** A lower-cased title word or qualifier ("former", "deputy", "prime"). */
const QUALIFIER_OR_TITLE = (low: string): boolean => ROLE_WORDS.has(low) && (isTitleWord(low) || QUALIFIERS.has(low));

/** A name found in a sentence: token indices [from, to) of the name only. */
export interface NameCandidate {
  from: number;
  to: number;
  /** Sure enough to stand alone (a given name, a title or honorific before it, ...). */
  strong: boolean;
  rule: string;
  honorific: string | null;
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
      // "Ban Ki-moon", "Moon Jae-in": a hyphenated given name after the family name
      if (HYPHENATED_GIVEN.test(t.text) && tokens[j - 1].shape === 'cap') continue;
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

/** "Theresa May", "Brian May": a month after a given name, and no day number after it, is a surname. */
function monthSurname(tokens: Token[], from: number, to: number): boolean {
  return to - from >= 2 && isMonth(tokens[to - 1].text) && isFirstName(tokens[to - 2].text) && tokens[to]?.shape !== 'num';
}

/** Decides which capitalised runs name people. Single unknown words are left for the linking pass. */
export function recogniseNames(tokens: Token[], lang: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const [runFrom, runTo] of capitalisedRuns(tokens)) {
    const front = stripFront(tokens, runFrom, runTo, lang);
    const { honorific } = front;
    let { role } = front;
    let from = front.from;
    // "Senate Banking Committee Chairman Mike Crapo": a title word inside the run, then a given name
    for (let k = runTo - 2; k > from; k--) {
      if (QUALIFIER_OR_TITLE(tokens[k].low) && !isFirstName(tokens[k].text) && isFirstName(tokens[k + 1].text)) { from = k + 1; role = true; break; }
    }
    let to = runTo;
    if (from === runFrom && atStart(tokens, from) && to - from >= 3 && !isFirstName(tokens[from].text) && isFirstName(tokens[from + 1].text)) from++;
    while (to > from && (isInstitutionWord(tokens[to - 1].text) || tokens[to - 1].text === '.') && !monthSurname(tokens, from, to)) to--;
    if (to <= from || to < runTo && isInstitutionWord(tokens[runTo - 1].text)) continue;
    const names = tokens.slice(from, to).filter((t) => t.text !== '.');
    if (names.length > 4 || names.every((t) => t.shape === 'initial')) continue;
    if (tokens.slice(from, to).some((t, k) => !PARTICLES.has(t.text) && isFunctionWord(tokens, from + k, lang))) continue;
    const c = classify(tokens, from, to, lang, role || honorific !== null || titledBefore(tokens, from));
    if (c) out.push({ from, to, strong: c.strong, rule: c.rule, honorific });
  }
  return out;
}

