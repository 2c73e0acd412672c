import type { PersonFact } from '../../model.js';
import { TITLES } from './lexicon.js';
import { matches } from './matches.js';
import { firstAtOrAfter } from '../../text/sorted-index.js';

/**
 * Person names for speakers. The people stage gives the canonical person; its name may still
 * carry a title ("Minister Xyz Abc"), which a speaker's name should not, so leading titles go.
 */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'la', 'le', 'da', 'di', 'du', 'bin', 'al', 'ibn', 'af']);
export function stripTitles(name: string): string {
  const words = name.split(/\s+/);
  const last = words.pop() ?? '';
  const kept = words.filter((w) => !TITLES.has(w) && !TITLES.has(w.toLowerCase()) && (/^\p{Lu}/u.test(w) || PARTICLES.has(w)));
  // "DR Xyz Abc", "NATO Xyz Abc": an acronym before a full name belongs to the sentence, not the name
  while (kept.length > 1 && /^\p{Lu}{2,}$/u.test(kept[0])) kept.shift();
  return [...kept, last].join(' ');
}

// What \s matches, by code (a regular expression per character costs more than the whole index).
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
/** The last word of a name, less a possessive ending ("Xyz Abc's" -> "Abc"), as `s.replace(/['’]s$/u, '').split(/\s+/).pop()`. */
function lastWord(s: string): string {
  const t = s.endsWith("'s") || s.endsWith('’s') ? s.slice(0, -2) : s;
  let i = t.length;
  while (i > 0 && !isSpace(t.charCodeAt(i - 1))) i--;
  return t.slice(i);
}

/**
 * Mentions and people by the last word of their names, built once per people list. The stage asks
 * about one document at a time, so the last list is remembered (a WeakMap entry per document costs
 * the garbage collector more than building the index).
 */
interface WordIndex { people: PersonFact[]; count: number; mentions: Map<string, { s: number; e: number; p: PersonFact }[]>; best: Map<string, PersonFact> }
let wordIndex: WordIndex | null = null;
function byLastWord(people: PersonFact[]): WordIndex {
  const count = people.reduce((n, p) => n + p.mentions.length, 0);
  if (wordIndex && wordIndex.people === people && wordIndex.count === count) return wordIndex;
  const mentions = new Map<string, { s: number; e: number; p: PersonFact }[]>();
  const best = new Map<string, PersonFact>();
  for (const p of people) {
    const words = new Set([lastWord(p.name)]);
    for (const m of p.mentions) {
      const w = lastWord(m.text);
      words.add(w);
      const list = mentions.get(w);
      if (list) list.push({ s: m.start, e: m.end, p }); else mentions.set(w, [{ s: m.start, e: m.end, p }]);
    }
    for (const w of words) { const b = best.get(w); if (!b || p.mentions.length > b.mentions.length) best.set(w, p); }
  }
  wordIndex = { people, count, mentions, best };
  return wordIndex;
}

/** The person whose mention overlaps [start, end) or whose name ends with `word` ("Abc" -> "Xyz Abc"). */
export function findPerson(people: PersonFact[], word: string, start: number, end: number, toCp: (i: number) => number): PersonFact | null {
  const s = toCp(start); const e = toCp(end);
  const index = byLastWord(people);
  for (const m of index.mentions.get(word) ?? []) if (m.s < e && s < m.e) return m.p;
  if (!word || !/^\p{Lu}/u.test(word)) return null;
  return index.best.get(word) ?? null;
}

/** Capitalised mentions of all people sorted by end, built once per people list (a scan per quote is quadratic on a long text). */
interface EndIndex { people: PersonFact[]; count: number; ends: number[]; owners: PersonFact[] }
let endIndex: EndIndex | null = null;
function mentionsByEnd(people: PersonFact[]): EndIndex {
  const count = people.reduce((n, p) => n + p.mentions.length, 0);
  if (endIndex && endIndex.people === people && endIndex.count === count) return endIndex;
  const all: { end: number; p: PersonFact; order: number }[] = [];
  let order = 0;
  for (const p of people) for (const m of p.mentions) if (/\p{Lu}/u.test(m.text[0] ?? '')) all.push({ end: m.end, p, order: order++ });
  // equal ends: the first one met in people order wins, as the scan it replaces did
  all.sort((a, b) => a.end - b.end || b.order - a.order);
  endIndex = { people, count, ends: all.map((x) => x.end), owners: all.map((x) => x.p) };
  return endIndex;
}

/** The nearest person mentioned before UTF-16 index `at` (for "he said"), with its code-point position. */
export function nearestPerson(people: PersonFact[], at: number, toCp: (i: number) => number, fits?: (p: PersonFact) => boolean): { person: PersonFact; at: number } | null {
  const cp = toCp(at);
  const { ends, owners } = mentionsByEnd(people);
  // the first mention ending after cp (offsets are whole numbers); the one before it is the nearest
  // (of those that fit: "sagde hun" is not the man named last)
  for (let i = firstAtOrAfter(ends, (e) => e, cp + 1) - 1; i >= 0; i--) if (!fits || fits(owners[i])) return { person: owners[i], at: ends[i] };
  return null;
}

// Two or more capitalised words: a name candidate when the people stage found nobody.
const CAP_RUN = /(?<![\p{L}])\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+/gu;

/** The last run of capitalised words before `at`, less leading acronyms and titles ("NRK Xyz Abc" -> "Xyz Abc"). */
export function lastNameBefore(text: string, from: number, at: number): { name: string; start: number; end: number } | null {
  let best: { name: string; start: number; end: number } | null = null;
  for (const m of matches(CAP_RUN, text.slice(from, at))) {
    const words = m[0].split(/\s+/);
    let skip = 0;
    while (words.length - skip > 2 && (/^\p{Lu}{2,}$/u.test(words[skip]) || TITLES.has(words[skip]))) skip++;
    const lead = words.slice(0, skip).join(' ').length + (skip ? 1 : 0);
    const name = stripTitles(words.slice(skip).join(' '));
    if (name.split(' ').length >= 2) best = { name, start: from + m.index + lead, end: from + m.index + m[0].length };
  }
  return best;
}
