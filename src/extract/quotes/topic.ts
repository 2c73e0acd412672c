import type { PersonFact } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import { genderOf } from '../people/lexicon.js';
import { countWords } from './words.js';

/**
 * Who "he" or "she" is when a pronoun speaks: the person the text is about, not merely the last
 * person named. In "Clinton says she appreciated Machado's courage through what she calls ...",
 * "she" is Clinton, the subject of the clause, though Machado is named nearer. A pronoun inside a
 * sentence goes to that sentence's subject; a pronoun opening a sentence goes to the subject of
 * the sentence before it unless a speaker came later; else the nearest person, as before. A name whose first name or
 * honorific gives the other gender is passed over.
 */
interface StartIndex { people: PersonFact[]; count: number; starts: number[]; ends: number[]; owners: PersonFact[] }
let startIndex: StartIndex | null = null;
/** Capitalised mentions by start (code points), built once per people list. */
function mentionsByStart(people: PersonFact[]): StartIndex {
  const count = people.reduce((n, p) => n + p.mentions.length, 0);
  if (startIndex && startIndex.people === people && startIndex.count === count) return startIndex;
  const all: { s: number; e: number; p: PersonFact }[] = [];
  for (const p of people) for (const m of p.mentions) if (/\p{Lu}/u.test(m.text[0] ?? '')) all.push({ s: m.start, e: m.end, p });
  all.sort((a, b) => a.s - b.s);
  startIndex = { people, count, starts: all.map((x) => x.s), ends: all.map((x) => x.e), owners: all.map((x) => x.p) };
  return startIndex;
}

const SUBORDINATE = /^\s*(?:while|although|though|when|if|as|because|after|before|since|unless|whereas|until|once|mens|selvom|når|hvis|fordi|efter|før|da)\b/iu;
const FEMALE_HONORIFIC = /^(?:mrs|ms|miss|madam|fru|frk)\.?$/i;
const MALE_HONORIFIC = /^(?:mr|sir|hr)\.?$/i;
/** Does the person fit a pronoun of gender `g` ('m', 'f'; anything else fits everyone)? */
function fits(p: PersonFact, g: string): boolean {
  if (g !== 'm' && g !== 'f') return true;
  const h = p.honorifics.find((x) => FEMALE_HONORIFIC.test(x) || MALE_HONORIFIC.test(x));
  const known = h ? (FEMALE_HONORIFIC.test(h) ? 'f' : 'm') : genderOf(p.name.split(/\s+/)[0] ?? '');
  return !known || known === g;
}

export interface Topic { person: PersonFact; at: number }

/**
 * The subject of the text [from, to) (UTF-16) when it is a person: the first person named there
 * outside quotation marks, with at most three words before it ("Retired Gen. Xyz", "On Monday
 * Xyz", "“...,” Xyz said") or a clause set off by a comma.
 */
function subjectIn(ctx: DocContext, people: PersonFact[], from: number, to: number, g: string): Topic | null {
  const { starts, ends, owners } = mentionsByStart(people);
  const f = ctx.offsets.toCodePoint(from); const t = ctx.offsets.toCodePoint(to);
  let i = 0; let hi = starts.length;
  while (i < hi) { const mid = (i + hi) >> 1; if (starts[mid] < f) i = mid + 1; else hi = mid; }
  for (; i < starts.length && ends[i] <= t; i++) {
    const lead = ctx.text.slice(from, ctx.offsets.toUtf16(starts[i]));
    const outside = lead.replace(/“[^“”]*”|"[^"]*"/g, ' ');
    if (/[“"]/.test(outside)) continue; // named inside a quotation
    // "While Xyz had ..., which concerns Abc": the subject of an opening subordinate clause is not the sentence's
    if (SUBORDINATE.test(outside) && !outside.includes(',')) continue;
    if (countWords(outside, 4) > 3 && !/,\s*$/.test(outside)) return null;
    if (fits(owners[i], g)) return { person: owners[i], at: starts[i] };
  }
  return null;
}

/** The person a pronoun at UTF-16 `s` (speaking a quotation that opens at `before`) stands for; null when the subject rules find nobody. */
export function topicPerson(ctx: DocContext, people: PersonFact[], s: number, before: number, g: string, lastSpeakerAt: number | null): Topic | null {
  if (!people.length) return null;
  // the sentence where the pronoun or its quotation begins ("“A. B,” he said" looks before “A")
  const end = Math.min(s, before);
  const si = ctx.sentenceIndex(end);
  const sent = ctx.sentences[si];
  if (!sent) return null;
  // "Xyz says she ...": the pronoun inside a clause whose subject is a person (not in the quotation)
  if (ctx.text.slice(sent.start, end).trim()) {
    const own = subjectIn(ctx, people, sent.start, end, g);
    if (own) return own;
  }
  // "She added ...": the subject of the sentence before, unless a speaker came after it
  const prev = ctx.sentences[si - 1];
  const subj = prev ? subjectIn(ctx, people, prev.start, prev.end, g) : null;
  return subj && (lastSpeakerAt === null || lastSpeakerAt <= subj.at) ? subj : null;
}
