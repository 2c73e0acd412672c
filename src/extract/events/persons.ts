import { tagsOf } from '../../text/compromise-lexicon.js';
import { isFirstName } from '../people/lexicon.js';
import type { PersonFact } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import { foldName } from '../../text/fold.js';
import { firstAtOrAfter } from '../../text/sorted-index.js';
import { COUNTRY_FORMS, ORG_FORMS, TITLE_WORDS } from './vocabulary.js';
import { findCountries, findPosts } from './posts.js';

/** A person the events can name: from the people stage, or found here when that stage missed them. */
export interface DocPerson {
  id: string;
  name: string;
  /** Folded surname: how people are matched within and across documents. */
  key: string;
  /** UTF-16 [start, end) of every place the person is named or referred to. */
  spans: [number, number][];
  /** The role the text gives just before the name ("Dutch Prime Minister"), and its parts. */
  role: string | null;
  post: string | null;
  /** The role is a deputy's, an acting or a former one: "the governor" does not mean this person. */
  qualified: boolean;
  country: string | null;
}

const WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]*\\p{Ll}";
// "Anna de Vries", "Jānis Bērziņš", "Ursula von der Leyen": capitalised words, particles between.
// (the words of a name may wrap to the next line, but never run on past a blank line: a headline's
// last name is not the first of the next paragraph's)
const GAP = '(?:[^\\S\\n]+\\n?[^\\S\\n]*|\\n[^\\S\\n]*)';
const FULL_NAME = new RegExp(`${WORD}(?:${GAP}(?:(?:van|von|de|der|den|da|di|le|la|al|bin|['’]t)${GAP})*${WORD}){1,7}(?![\\p{L}])`, 'gu');
const STOP = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'for', 'but', 'and', 'although', 'while', 'when', 'whoever', 'it', 'he', 'she',
  'this', 'that', 'also', 'follow', 'according', 'given', 'due', 'any', 'if', 'as', 'after', 'before', 'since', 'with', 'of', 'by', 'from',
  'det', 'den', 'de', 'der', 'han', 'hun', 'og', 'men', 'i', 'på', 'af', 'til', 'fra', 'med', 'om', 'hvis', 'ifølge', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'mandag',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'western', 'eastern', 'northern', 'southern', 'baltic', 'nordic', 'european', 'allied', 'read', 'opinion']);

const NOT_PERSON_HEAD = /\s(?:Organi[sz]ation|States|Union|Nations|Party|Bank|Group|Council|Commission|Kingdom|Republic|Ministry|Agency|Authority|Department|Committee|Board|Court|Fund|Reserve|Institute|Association|Federation|Foundation|Corporation|Company|Exchange|Assembly|Parliament|Service|Summit|Street|House|Office|Times|Post|News|Partiet|Redaktion|Redaktionen|Ministeriet|Styrelsen|Kommune|Regionen|Universitet|Forbund|Co|Corp|Inc|Ltd|Plc|Holdings|Partners|Industries|Entertainment|Airlines|Motors|Capital|Securities|Technologies|Pharmaceuticals)$/u;

/** An adjective in compromise's lexicon that is not also a name ("Senior", "Financial"; not "Frank"). */
const isPlainAdjective = (w: string): boolean => {
  const tags = tagsOf(w.toLowerCase());
  return tags.includes('Adjective') && !tags.some((t) => t.endsWith('Name'));
};

const isNameWord = (w: string): boolean => {
  const low = w.toLowerCase().replace(/['’]s$/u, '');
  return !STOP.has(low) && !TITLE_WORDS.has(low) && !COUNTRY_FORMS.has(low) && !ORG_FORMS.has(w);
};

/** Strips titles, demonyms and possessives around a name: "General Ola Nordmann" -> "Ola Nordmann". */
export function cleanName(raw: string): string {
  const words = raw.replace(/['’]s?$/u, '').trim().split(/\s+/);
  while (words.length > 1 && !isNameWord(words[0])) words.shift();
  return words.join(' ');
}

export const surnameKey = (name: string): string => foldName(name.split(/\s+/).pop() ?? name);

/**
 * The people of one document, keyed by surname. People from the people stage come first (their ids);
 * full names in the text that the stage missed are added; then every bare surname is a mention.
 */
export function docPersons(ctx: DocContext, people: PersonFact[]): DocPerson[] {
  const byKey = new Map<string, DocPerson>();
  const add = (name: string, id: string | null, at: [number, number] | null): void => {
    const clean = cleanName(name);
    // (a surname that is also a month or a function word, "Theresa May", counts when the people stage found the person)
    if (!/\p{Lu}/u.test(clean) || (!id && !isNameWord(clean.split(/\s+/).pop() ?? ''))) return;
    // "North Atlantic Treaty Organization", "United States": names of things, not people
    if (ORG_FORMS.has(clean) || COUNTRY_FORMS.has(clean.toLowerCase()) || NOT_PERSON_HEAD.test(clean)) return;
    let key = surnameKey(clean);
    // "Lars Hansens efterfølger": a Danish genitive of someone already known
    if (ctx.language === 'da' && !id && key.endsWith('s') && byKey.has(key.slice(0, -1))) key = key.slice(0, -1);
    let p = byKey.get(key);
    if (!p) { p = { id: id ?? `e${byKey.size + 1}`, name: clean, key, spans: [], role: null, post: null, qualified: false, country: null }; byKey.set(key, p); }
    if (clean.split(/\s+/).length > p.name.split(/\s+/).length) p.name = clean;
    if (at) p.spans.push(at);
  };
  for (const person of people) {
    for (const m of person.mentions) {
      // a weak mention may carry a title ("General Ola Nordmann"): keep the span of the name only
      const clean = cleanName(m.text);
      const shift = Math.max(0, m.text.lastIndexOf(clean));
      const start = ctx.offsets.toUtf16(m.start) + shift;
      add(person.name, person.id, [start, start + clean.length]);
    }
    if (person.mentions.length === 0) add(person.name, person.id, null);
  }
  const body = ctx.text.slice(ctx.bodyStart);
  for (const m of body.matchAll(FULL_NAME)) {
    const at = ctx.bodyStart + (m.index ?? 0);
    if (at > 0 && /\p{L}/u.test(ctx.text[at - 1])) continue;
    // "Dutch Prime Minister Anna de Vries": the name is what follows the last title or demonym
    const words = m[0].split(/\s+/);
    let i = words.length;
    while (i > 0 && isNameWord(words[i - 1])) i--;
    if (words.length - i < 2 || words.length - i > 4) continue;
    // "Senior Conservatives", "Novo Nordisk": the people stage did not take it, so only a known
    // first name makes it a person here
    if (isPlainAdjective(words[i]) || !isFirstName(words[i])) continue;
    add(words.slice(i).join(' '), null, null);
  }
  mergeFirstNames(byKey);
  addSurnameMentions(ctx, [...byKey.values()]);
  for (const p of byKey.values()) findRole(ctx, p);
  return [...byKey.values()];
}

/** Every bare surname is a mention of its person; one scan of the text for all of them. */
function addSurnameMentions(ctx: DocContext, persons: DocPerson[]): void {
  const bySurname = new Map(persons.map((p) => [p.name.split(/\s+/).pop() ?? '', p]));
  bySurname.delete('');
  if (bySurname.size === 0) return;
  // Where each surname is written (indexOf is a native scan per surname, far cheaper than trying
  // every surname at every character); at one place the longest that fits wins, as in a
  // regular-expression alternation.
  const starts = new Map<number, string[]>();
  for (const w of bySurname.keys()) {
    for (let i = ctx.text.indexOf(w, ctx.bodyStart); i >= 0; i = ctx.text.indexOf(w, i + 1)) starts.set(i, [...(starts.get(i) ?? []), w]);
  }
  // the spans each person had before the scan, sorted: a match that overlaps one is already counted
  const before = new Map(persons.map((p) => [p, { sorted: [...p.spans].sort((a, b) => a[0] - b[0]), longest: p.spans.reduce((n, [a, b]) => Math.max(n, b - a), 0) }]));
  const text = ctx.text;
  // Left to right; a surname found covers its characters, so the next search starts after it.
  let cursor = ctx.bodyStart;
  for (const i of [...starts.keys()].sort((a, b) => a - b)) {
    if (i < cursor) continue;
    const hit = surnameAt(text, i, (starts.get(i) as string[]).sort((a, b) => b.length - a.length), ctx.language === 'da');
    if (!hit) continue;
    const [surname, end] = hit;
    const p = bySurname.get(surname);
    if (p && !(i > 0 && /\p{L}/u.test(text[i - 1]))) {
      const at: [number, number] = [i, end];
      const known = before.get(p);
      if (!known || !overlapsAny(known.sorted, known.longest, at)) p.spans.push(at);
    }
    cursor = end;
  }
  for (const p of persons) p.spans.sort((a, b) => a[0] - b[0]);
}

const LETTER_AT = /\p{L}/uy;
const letterAt = (text: string, i: number): boolean => { LETTER_AT.lastIndex = i; return LETTER_AT.test(text); };

/** The first of `candidates` written at i and not running on into a letter ("Holm", "Holm's", Danish "Holms"): [surname, end]. */
function surnameAt(text: string, i: number, candidates: string[], danish: boolean): [string, number] | null {
  for (const w of candidates) {
    if (!text.startsWith(w, i)) continue;
    const end = i + w.length;
    if ((text[end] === "'" || text[end] === '’') && text[end + 1] === 's' && !letterAt(text, end + 2)) return [w, end + 2];
    // Danish genitive: "Hansens efterfølger"
    if (danish && text[end] === 's' && !letterAt(text, end + 1)) return [w, end + 1];
    if (!letterAt(text, end)) return [w, end];
  }
  return null;
}

/** Whether [s, e) overlaps one of `sorted` (spans sorted by start). */
function overlapsAny(sorted: [number, number][], longest: number, [s, e]: [number, number]): boolean {
  const lo = firstAtOrAfter(sorted, (span) => span[0], e);
  // spans that start before e overlap when they end after s; look back only as far as the
  // longest span could reach
  for (let i = lo - 1; i >= 0 && sorted[i][0] + longest > s; i--) if (sorted[i][1] > s) return true;
  return false;
}

/** "Dutch Prime Minister Anna de Vries", "statsminister Lars Hansen": the role written before a name. */
function findRole(ctx: DocContext, p: DocPerson): void {
  for (const [s] of p.spans) {
    const from = Math.max(ctx.bodyStart, s - 60);
    const before = ctx.text.slice(from, s);
    const posts = findPosts(ctx.text, from, s).filter((h) => !h.generic && /^[\s,]*(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}$/u.test(ctx.text.slice(h.end, s)));
    if (!posts.length) continue;
    const post = posts[posts.length - 1];
    const countries = findCountries(ctx.text, from, post.start).filter((c) => /^[\s\p{L}'’-]{0,30}$/u.test(ctx.text.slice(c.end, post.start)) && /^\p{Lu}|sk[e]?$/u.test(ctx.text.slice(c.start, c.end)));
    // "Deputy Governor", "Acting Chief Executive": a qualifier belongs to the role
    const qualifier = /(?:deputy|vice|acting|interim|assistant|executive|first|former)\s+$/iu.exec(ctx.text.slice(from, post.start));
    const postStart = qualifier ? post.start - qualifier[0].length : post.start;
    const lead = countries.length && countries[countries.length - 1].start < postStart ? countries[countries.length - 1].start : postStart;
    p.role = ctx.text.slice(lead, post.end).replace(/\s+/g, ' ').trim();
    const former = /\b(?:former|ex-|tidligere|forhenværende)\s*$/iu.test(before.slice(0, lead - from));
    if (former) p.role = `former ${p.role}`;
    p.post = post.name;
    p.qualified = Boolean(qualifier) || former;
    p.country = countries.length ? countries[countries.length - 1].name : null;
    return;
  }
}

/** A one-word person ("Anna") whose word is the first name of a fuller one ("Anna de Vries") is that person. */
function mergeFirstNames(byKey: Map<string, DocPerson>): void {
  const byFirst = new Map<string, DocPerson[]>();
  for (const q of byKey.values()) {
    const first = q.name.split(/\s+/)[0];
    byFirst.set(first, [...(byFirst.get(first) ?? []), q]);
  }
  for (const [key, p] of byKey) {
    if (p.name.includes(' ')) continue;
    const full = (byFirst.get(p.name) ?? []).filter((q) => q !== p && byKey.has(q.key) && byKey.get(q.key) === q);
    if (full.length !== 1) continue;
    full[0].spans.push(...p.spans);
    if (/^p\d/.test(p.id) && !/^p\d/.test(full[0].id)) full[0].id = p.id;
    byKey.delete(key);
  }
}
