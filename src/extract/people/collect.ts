import { foldKey, isCommonWord, isFirstName, isMonth, isNonPersonWord, isStopword } from './lexicon.js';
import { recogniseNames, type NameCandidate } from './recognise.js';
import { isShouting, isTitleCase, tokenize, type Token } from './tokens.js';
import { HYPHENATED_GIVEN } from './word-class.js';
import { SURNAME_END } from './classify.js';

/** One tokenised body sentence. */
export interface SentenceTokens { index: number; tokens: Token[]; shouting: boolean }

/** A place where a person is named: token indices in one sentence. */
export interface NameHit { sentence: number; from: number; to: number; rule: string; honorific: string | null }

/** A person being built: the words of the fullest name seen, and every hit. */
export interface PersonDraft { words: string[]; keys: string[]; hits: NameHit[]; first: number }

const text = (toks: Token[]): string[] => toks.filter((t) => t.text !== '.' && t.shape !== 'punct').map((t) => t.text);
const GENITIVE = /^(.{3,}?)s$/u;

const cache = new WeakMap<object, SentenceTokens[]>();
/** Tokenises each body sentence once per document (the linking stage reuses the result). */
export function tokenizeSentences(docText: string, sentences: { start: number; end: number }[], bodyStart: number): SentenceTokens[] {
  const hit = cache.get(sentences);
  if (hit) return hit;
  const out: SentenceTokens[] = [];
  cache.set(sentences, out);
  sentences.forEach((s, index) => {
    if (s.end <= bodyStart) return;
    const tokens = tokenize(docText, Math.max(s.start, bodyStart), s.end);
    out.push({ index, tokens, shouting: isShouting(tokens) || isTitleCase(tokens) });
  });
  return out;
}

const REGNAL = /^(?:[IVX]+|\d{1,2}\.)$/u;

/**
 * Drafts by surname and by given name, so a single word finds its person without scanning all.
 * "Holm" -> the drafts whose last name word it is; "Mark" -> drafts whose first word it is.
 */
class DraftIndex {
  private readonly bySurname = new Map<string, PersonDraft[]>();
  private readonly byGiven = new Map<string, PersonDraft[]>();
  private readonly byMiddle = new Map<string, PersonDraft[]>();
  /** Lower-cased name words, for a cheap test before folding. */
  readonly words = new Set<string>();
  add(p: PersonDraft): void {
    const push = (m: Map<string, PersonDraft[]>, k: string): void => { m.set(k, [...(m.get(k) ?? []), p]); };
    push(this.bySurname, p.keys[p.keys.length - 1]);
    // "Ban Ki-moon" is "Ban" later on: the family name comes first
    if (p.words.length === 2 && HYPHENATED_GIVEN.test(p.words[1])) push(this.bySurname, p.keys[0]);
    // ("Frederik IX" is not "kronprins Frederik": a regnal number names one monarch of that name)
    if (p.keys.length > 1 && !REGNAL.test(p.words[p.words.length - 1])) push(this.byGiven, p.keys[0]);
    // "Maziar Mike Doustdar" is "Mike", "Lars Løkke Rasmussen" is "Løkke": a middle name may stand alone
    p.words.slice(1, -1).forEach((w, k) => { if (/^\p{Lu}\p{Ll}{2,}/u.test(w)) push(this.byMiddle, p.keys[k + 1]); });
    for (const w of p.words) this.words.add(w.toLowerCase());
    for (const k of p.keys) this.words.add(k);
  }
  /** The person a single word refers to: the last one named before it whose surname (or given name) it is. */
  find(word: string, position: number, lang: string, firstWord = false): PersonDraft | null {
    const low = word.toLowerCase();
    const g = lang === 'da' ? GENITIVE.exec(word) : null;
    if (!this.words.has(low) && !(g && this.words.has(g[1].toLowerCase())) && !/[^\x00-\x7f]/.test(word)) return null;
    const keys = [foldKey(word)];
    if (g) keys.push(foldKey(g[1]));
    const found: PersonDraft[] = [];
    for (const k of keys) {
      found.push(...(this.bySurname.get(k) ?? []));
      if (isFirstName(word)) found.push(...(this.byGiven.get(k) ?? []));
      found.push(...(this.byMiddle.get(k) ?? []));
    }
    // "Tedros" for "Tedros Adhanom Ghebreyesus", "Xi" for "Xi Jinping": a word recognised as a name
    // that is the first word of one full name, and no one's surname, is that person (not any
    // capitalised word: "Ray" the film is not "Ray Charles")
    if (!found.length && firstWord) for (const k of keys) { const given = this.byGiven.get(k) ?? []; if (given.length === 1 && leadWordName(given[0])) found.push(given[0]); }
    let best: PersonDraft | null = null;
    for (const p of found) if (!best || (p.first <= position && (best.first > position || p.first > best.first))) best = p;
    return best;
  }
}

/**
 * Full names whose first word alone names the person: three words or more ("Tedros Adhanom
 * Ghebreyesus") or a hyphenated given name ("Wong Kar-Wai"). Two-word names of companies and
 * products are written by their first word too ("Vivendi Universal", "Mac Mini"), so they do not count.
 */
function leadWordName(p: PersonDraft): boolean {
  return p.words.length >= 3 || HYPHENATED_GIVEN.test(p.words[1] ?? '');
}

/**
 * Words that begin a company name in this document ("Jones Medical Industries Inc", "Douglas &
 * Lomason Co"): a person draft named only by such a word is the company, not a person.
 */
function companyWords(sents: SentenceTokens[]): Set<string> {
  const out = new Set<string>();
  for (const s of sents) {
    s.tokens.forEach((t, i) => {
      if (!COMPANY_END.test(t.text) || i === 0) return;
      let j = i - 1;
      if (s.tokens[j].text === '&' && j > 0) j--;
      while (j >= 0 && (s.tokens[j].shape === 'cap' || s.tokens[j].text === '&')) { if (s.tokens[j].text !== '&') out.add(foldKey(s.tokens[j].text)); j--; }
    });
  }
  return out;
}
const COMPANY_END = /^(Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|S\.A|NV|SpA|GmbH|A\/S|ApS|Group|Holdings?|Industries|Bank|Fund|Airlines|Motors?|&)$/;

export function collectPeople(sents: SentenceTokens[], lang: string): PersonDraft[] {
  const companies = companyWords(sents);
  const people: PersonDraft[] = [];
  const index = new DraftIndex();
  const byKey = new Map<string, PersonDraft>();
  const singles: { s: SentenceTokens; c: NameCandidate }[] = [];
  const covered = new Set<string>();
  const add = (p: PersonDraft, s: SentenceTokens, c: { from: number; to: number; rule: string; honorific: string | null }): void => {
    p.hits.push({ sentence: s.index, from: c.from, to: c.to, rule: c.rule, honorific: c.honorific });
    for (let i = c.from; i < c.to; i++) covered.add(`${s.index}:${i}`);
  };
  for (const s of sents) {
    if (s.shouting) continue;
    for (const c of recogniseNames(s.tokens, lang)) {
      const words = text(s.tokens.slice(c.from, c.to));
      if (words.length < 2) { singles.push({ s, c }); continue; }
      const key = words.map(foldKey).join(' ');
      let p = byKey.get(key);
      if (!p) { p = { words, keys: words.map(foldKey), hits: [], first: s.index }; people.push(p); byKey.set(key, p); index.add(p); }
      add(p, s, c);
    }
  }
  for (const { s, c } of singles) {
    const word = s.tokens[c.from].text;
    let p = index.find(word, s.index, lang, !isCommonWord(word));
    if (!p && !c.strong && c.rule === 'people/single-word') continue;
    if (!p) { p = { words: [word], keys: [foldKey(word)], hits: [], first: s.index }; people.push(p); index.add(p); }
    add(p, s, c);
  }
  for (const s of sents) {
    s.tokens.forEach((t, i) => {
      if (!(t.shape === 'cap' || t.shape === 'upper') || t.text.length < 3 || covered.has(`${s.index}:${i}`)) return;
      if (t.shape === 'upper' && !s.shouting) return;
      const p = index.find(t.text, s.index, lang);
      if (!p || isStopword(t.text, lang) || (t.shape === 'cap' && isNonPersonWord(t.text, lang) && !monthAsSurname(s.tokens, i, p))) return;
      add(p, s, { from: i, to: i + 1, rule: 'people/known-name', honorific: null });
    });
  }
  if (lang === 'da') { mergeGenitives(people, byKey); loneGenitives(people, sents); }
  // a surname-only draft whose word begins a company name is the company
  return people.filter((p) => p.hits.length > 0 && !(p.words.length === 1 && companies.has(p.keys[0]) && p.hits.every((h) => !h.honorific && h.rule !== 'people/title-before-name')));
}

/**
 * Danish writes the genitive without an apostrophe: "Lars Hansens efterfølger" is Lars Hansen's.
 * A full name whose last word is another draft's last word plus "s" is that person.
 */
function mergeGenitives(people: PersonDraft[], byKey: Map<string, PersonDraft>): void {
  for (const p of people) {
    const last = p.keys[p.keys.length - 1];
    if (p.keys.length < 2 || !last.endsWith('s')) continue;
    const base = byKey.get([...p.keys.slice(0, -1), last.slice(0, -1)].join(' '));
    if (!base || base === p) continue;
    base.hits.push(...p.hits);
    p.hits = [];
  }
}

/**
 * "Lars Olsens kontrakt", with the name written nowhere else: a last word in -s
 * before a lower-case word, whose stem ends like a surname ("-sen", "-gaard"), is a genitive ("Brandes" stays).
 */
function loneGenitives(people: PersonDraft[], sents: SentenceTokens[]): void {
  const bySentence = new Map(sents.map((s) => [s.index, s]));
  for (const p of people) {
    const last = p.words[p.words.length - 1];
    const stem = last.slice(0, -1);
    if (p.words.length < 2 || !p.hits.length || !last.endsWith('s') || stem.length < 4 || !SURNAME_END.test(stem) || isFirstName(last)) continue;
    if (!p.hits.every((h) => bySentence.get(h.sentence)?.tokens[h.to]?.shape === 'lower')) continue;
    p.words[p.words.length - 1] = stem;
    p.keys[p.keys.length - 1] = foldKey(stem);
  }
}

// "in May", "by early May", "May 5": the month, not the person
const BEFORE_MONTH = /^(in|on|by|since|until|till|from|to|of|during|through|last|next|early|mid|late|this|that|i|på|siden|til|fra|sidste|næste|primo|medio|ultimo)$/i;

/** "Theresa May ... May said": a month word that is a person's surname in this document, not used as a date. */
function monthAsSurname(tokens: Token[], i: number, p: PersonDraft): boolean {
  const t = tokens[i];
  return isMonth(t.text) && p.words.length >= 2 && p.words[p.words.length - 1] === t.text
    && tokens[i + 1]?.shape !== 'num' && !BEFORE_MONTH.test(tokens[i - 1]?.text ?? '');
}
