import type { DocContext } from '../../pipeline/context.js';
import type { DocPerson } from './persons.js';
import { findCountries, findPosts } from './posts.js';

/** A person named, or referred to by a pronoun or a description, at [start, end). */
export interface PersonAt { person: DocPerson; start: number; end: number; via: 'name' | 'pronoun' | 'description' }

const PRONOUN = /(?<![\p{L}])(?:he|she|his|her|him|han|hun|hans|hendes|ham)(?![\p{L}])/giu;
// "the Dutch PM's candidacy", "den danske statsminister": a description that names a role instead of a person
const DESCRIPTION = /(?<![\p{L}])(?:the|den|det)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)(?:['’]s)?(?![\p{L}])/giu;

const SUCCESSOR_AFTER = /^\s+(?:successor|replacement|efterfølger|afløser)/iu;

/** People named in [from, to), in text order. */
export function namedIn(persons: DocPerson[], from: number, to: number): PersonAt[] {
  const out: PersonAt[] = [];
  for (const person of persons) for (const [s, e] of person.spans) if (s >= from && e <= to) out.push({ person, start: s, end: e, via: 'name' });
  return out.sort((a, b) => a.start - b.start);
}

/** The person a pronoun at `at` most likely means: the last person named before it (same sentence first). */
export function antecedent(persons: DocPerson[], at: number, exclude: Set<string> = new Set()): DocPerson | null {
  let best: DocPerson | null = null; let bestAt = -1;
  for (const p of persons) {
    if (exclude.has(p.key)) continue;
    for (const [s] of p.spans) if (s < at && s > bestAt) { best = p; bestAt = s; }
  }
  return best;
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
    const person = succeeded ? antecedent(persons, from, new Set(namedIn(persons, from, to).map((x) => x.person.key))) : antecedent(persons, s);
    if (person) out.push({ person, start: s, end: s + m[0].length, via: 'pronoun' });
  }
  for (const m of slice.matchAll(DESCRIPTION)) {
    const s = from + (m.index ?? 0); const e = s + m[0].length;
    const posts = findPosts(ctx.text, s, e).filter((h) => !h.generic);
    if (!posts.length || out.some((x) => x.start < e && s < x.end)) continue;
    const country = findCountries(ctx.text, s, e)[0]?.name ?? null;
    const person = persons.find((p) => p.post === posts[0].name && (!country || p.country === country));
    if (person) out.push({ person, start: s, end: e, via: 'description' });
  }
  return out.sort((a, b) => a.start - b.start);
}
