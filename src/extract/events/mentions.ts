import type { DocContext } from '../../pipeline/context.js';
import type { DocPerson } from './persons.js';
import { findCountries, findPosts } from './posts.js';
import { genderOf } from '../people/lexicon.js';
import { NOT_THE_HOLDER } from './vocabulary.js';
import { cachedIndex, SortedIndex } from '../../text/sorted-index.js';

/** A person named, or referred to by a pronoun or a description, at [start, end). */
export interface PersonAt { person: DocPerson; start: number; end: number; via: 'name' | 'pronoun' | 'description' }

const PRONOUN = /(?<![\p{L}])(?:he|she|his|her|him|han|hun|hans|hendes|ham)(?![\p{L}])/giu;
// "the Dutch PM's candidacy", "den danske statsminister": a description that names a role instead of a person
const DESCRIPTION = /(?<![\p{L}])(?:the|den|det)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?:['’]s)?(?![\p{L}])/giu;

const MALE = /^(?:he|his|him|han|hans|ham)(?![\p{L}])/iu;
const FEMALE = /^(?:she|her|hers|hun|hendes)(?![\p{L}])/iu;
const pronounGender = (s: string): 'm' | 'f' | null => (MALE.test(s) ? 'm' : FEMALE.test(s) ? 'f' : null);

// a subject pronoun before the sentence's first name passes the question on, and so does a possessive that
// opens the sentence ("Hans to modkandidater, X og Y, fik ..."); one inside an opening phrase does not
// ("Under the terms of his offer letter, Xyz will ...": Xyz is the subject) (not global: a shared lastIndex would leak)
const FIRST_PRONOUN = /(?<![\p{L}])(?:he|she|han|hun)(?![\p{L}])|^[\s\p{P}]*(?:his|her|hans|hendes)(?![\p{L}])/iu;
const SUCCESSOR_AFTER = /^\s+(?:successor|replacement|efterfølger|afløser)/iu;

/** People named in [from, to), in text order. */
// Built once per document: docPersons fixes every person's spans before any look-up.
const NAMED = new WeakMap<DocPerson[], { size: number; index: SortedIndex<PersonAt> }>();

export function namedIn(persons: DocPerson[], from: number, to: number): PersonAt[] {
  const index = cachedIndex(NAMED, persons, persons.length, () => new SortedIndex(
    persons.flatMap((person) => person.spans.map(([start, end]): PersonAt => ({ person, start, end, via: 'name' }))), (x) => x.start));
  return index.range(from, to).filter((x) => x.end <= to).map((x) => ({ ...x }));
}

// (a reported clause may follow inside it: "X, der tirsdag meddelte, at han stopper")
/**
 * Text that ends inside a relative clause, up to the clause's next comma: ", who is leaving to head
 * the ECB", ", der i dag er". What is named there is about the clause's person, not the statement.
 */
export const IN_RELATIVE = /,\s+(?:who|which|der|som)\s[^,;()]*$/iu;
const RELATIVE_TO_PRONOUN = /,\s*(?:who|der|som)\s(?:[^,;]|,\s*(?:at|that)\s)*$/iu;

/**
 * The person a pronoun at `at` most likely means: the subject of its sentence when a name comes first
 * there, else of the sentence before; a sentence whose subject is itself a pronoun passes the question on.
 * Example: "Governor X has led the bank since 2016. She succeeded Y. Her term ..." -> X (Y is an object).
 */
export function antecedent(ctx: DocContext, persons: DocPerson[], at: number, exclude: Set<string> = new Set()): DocPerson | null {
  // "his term" is not the term of a woman the text named first ("Christine ... succeed Mario ... his term")
  const gender = pronounGender(ctx.text.slice(at, at + 6));
  if (gender) exclude = new Set([...exclude, ...persons.filter((p) => genderOf(p.name.split(/\s+/)[0]) === (gender === 'm' ? 'f' : 'm')).map((p) => p.key)]);
  const here = ctx.sentenceIndex(at);
  // "succeeding Tom Hale, who announced his retirement": a pronoun in a relative clause means the
  // one the clause is about
  const sentenceFrom = ctx.sentences[here]?.start ?? 0;
  const relative = RELATIVE_TO_PRONOUN.exec(ctx.text.slice(sentenceFrom, at));
  if (relative) {
    const head = namedIn(persons, sentenceFrom, at).find((x) => x.end === sentenceFrom + relative.index);
    if (head && !exclude.has(head.person.key)) return head.person;
  }
  for (let k = here; k >= Math.max(0, here - 3); k--) {
    const sentence = ctx.sentences[k];
    if (!sentence) continue;
    const end = k === here ? at : sentence.end;
    const first = namedIn(persons, sentence.start, end).find((x) => !exclude.has(x.person.key)) ?? null;
    const found = ctx.text.slice(sentence.start, end).search(FIRST_PRONOUN);
    const pronounAt = found >= 0 ? sentence.start + found : Infinity;
    if (first && first.start < pronounAt) return first.person;
  }
  return null;
}

/** Is the person the subject that opens the sentence (only capitalised words, a title, before it)? */
function opensSentence(ctx: DocContext, from: number, x: PersonAt): boolean {
  return /^[\s\p{P}]*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(ctx.text.slice(from, x.start));
}

/**
 * Everyone a stretch of text points at: names, pronouns (resolved to the last person named before)
 * and role descriptions ("the Dutch PM") resolved to the person whose role they repeat.
 */
export function peopleIn(ctx: DocContext, persons: DocPerson[], from: number, to: number): PersonAt[] {
  const out = namedIn(persons, from, to);
  const slice = ctx.text.slice(from, to);
  for (const m of slice.matchAll(PRONOUN)) {
    const s = from + (m.index ?? 0);
    if (out.some((x) => x.start <= s && s < x.end)) continue;
    // "named X as his successor": the one succeeded is not X, so look before the sentence
    const succeeded = SUCCESSOR_AFTER.test(slice.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20));
    // (the sentence's own subject stays: "Johnson ... will stay on until his successor is chosen")
    const person = succeeded ? antecedent(ctx, persons, s, new Set(namedIn(persons, from, to).filter((x) => !opensSentence(ctx, from, x)).map((x) => x.person.key))) : antecedent(ctx, persons, s);
    if (person) out.push({ person, start: s, end: s + m[0].length, via: 'pronoun' });
  }
  for (const m of slice.matchAll(DESCRIPTION)) {
    const s = from + (m.index ?? 0); const e = s + m[0].length;
    const posts = findPosts(ctx.text, s, e).filter((h) => !h.generic);
    if (!posts.length || out.some((x) => x.start < e && s < x.end)) continue;
    // "Tom Hale, the chief executive of Acme, would ...": an apposition describes the name before it
    if (out.some((x) => x.via === 'name' && /^\s*,\s*$/u.test(ctx.text.slice(x.end, s)))) continue;
    // "the next governor" is not the governor the text named; "former deputy governor X" is not "the governor"
    if (NOT_THE_HOLDER.has(m[1].split(/\s+/)[0].toLowerCase())) continue;
    const country = findCountries(ctx.text, s, e)[0]?.name ?? null;
    const person = persons.find((p) => p.post === posts[0].name && !p.qualified && (!country || p.country === country));
    if (person) out.push({ person, start: s, end: e, via: 'description' });
  }
  return out.sort((a, b) => a.start - b.start);
}
