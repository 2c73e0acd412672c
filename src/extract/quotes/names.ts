import type { PersonFact } from '../../model.js';
import { TITLES } from './lexicon.js';

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

const lastWord = (s: string): string => s.replace(/['’]s$/u, '').split(/\s+/).pop() ?? '';

/** The person whose mention overlaps [start, end) or whose name ends with `word` ("Abc" -> "Xyz Abc"). */
export function findPerson(people: PersonFact[], word: string, start: number, end: number, toCp: (i: number) => number): PersonFact | null {
  const s = toCp(start); const e = toCp(end);
  for (const p of people) if (p.mentions.some((m) => m.start < e && s < m.end && lastWord(m.text) === word)) return p;
  if (!word || !/^\p{Lu}/u.test(word)) return null;
  let best: PersonFact | null = null;
  for (const p of people) {
    if (lastWord(p.name) === word || p.mentions.some((m) => lastWord(m.text) === word)) {
      if (!best || p.mentions.length > best.mentions.length) best = p;
    }
  }
  return best;
}

/** The nearest person mentioned before UTF-16 index `at` (for "he said"), with its code-point position. */
export function nearestPerson(people: PersonFact[], at: number, toCp: (i: number) => number): { person: PersonFact; at: number } | null {
  const cp = toCp(at);
  let best: { person: PersonFact; at: number } | null = null;
  for (const p of people) {
    for (const m of p.mentions) if (m.end <= cp && (!best || m.end > best.at) && /\p{Lu}/u.test(m.text[0] ?? '')) best = { person: p, at: m.end };
  }
  return best;
}

// Two or more capitalised words: a name candidate when the people stage found nobody.
const CAP_RUN = /(?<![\p{L}])\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+/gu;

/** The last run of capitalised words before `at`, less leading acronyms and titles ("NRK Xyz Abc" -> "Xyz Abc"). */
export function lastNameBefore(text: string, from: number, at: number): { name: string; start: number; end: number } | null {
  let best: { name: string; start: number; end: number } | null = null;
  for (const m of text.slice(from, at).matchAll(CAP_RUN)) {
    const words = m[0].split(/\s+/);
    let skip = 0;
    while (words.length - skip > 2 && (/^\p{Lu}{2,}$/u.test(words[skip]) || TITLES.has(words[skip]))) skip++;
    const lead = words.slice(0, skip).join(' ').length + (skip ? 1 : 0);
    const name = stripTitles(words.slice(skip).join(' '));
    if (name.split(' ').length >= 2) best = { name, start: from + m.index + lead, end: from + m.index + m[0].length };
  }
  return best;
}
