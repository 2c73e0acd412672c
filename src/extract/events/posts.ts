import { firstAtOrAfter } from '../../text/sorted-index.js';
import { COUNTRY_FORMS, COUNTRY_RE, GENERIC_POSTS, ORG_FORMS, ORG_RE, POST_FORMS, POST_RE } from './vocabulary.js';
import { perText } from '../../text/per-text.js';
import { isFirstName } from '../people/lexicon.js';
import { isDateWord } from '../quotes/not-names.js';
import { tagsOf } from '../../text/compromise-lexicon.js';

/** A post, organisation or country named in the text (UTF-16 offsets into the document). */
export interface Hit { start: number; end: number; name: string; generic?: boolean }

const GENERIC = '\u0000generic';

interface Hits { posts: Hit[]; orgs: Hit[]; countries: Hit[] }
// Every lookup in one document reuses one scan of its text per list.

function scan(re: RegExp, text: string, original: string, name: (m: string) => string | null): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index; const end = start + m[0].length;
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) continue;
    const n = name(original.slice(start, end));
    if (n) out.push({ start, end, name: n });
  }
  return out;
}

const hitsOf = perText((text): Hits => {
  // lower-casing keeps UTF-16 offsets for the letters these lists hold
  const lower = text.toLowerCase();
  const same = lower.length === text.length;
  return {
    posts: same ? scan(POST_RE, lower, text, postName).filter((h) => !isVerb(lower, h) && !isCompound(lower, h)).map((h) => deputised(lower, h)) : [],
    orgs: withContextOrgs(text, organs(text, scan(ORG_RE, text, text, orgName))),
    countries: same ? scan(COUNTRY_RE, lower, text, countryName) : [],
  };
});

// "the board of Novo Nordisk", "chief executive of Acme Foods", "bestyrelsen i Mærsk": a capitalised
// name after words that only an organisation follows is an organisation, known or not
const ORG_CONTEXT = /\b(?:board of|shareholders of|chief executive of|chairman of|chairwoman of|CEO of|boss of|bestyrelsen (?:i|for)|topchef (?:i|for)|administrerende direktør (?:i|for)|formand for|forperson for|direktør for|mayor of|borgmester i|overborgmester i)\s+((?:\p{Lu}[\p{L}&'’.-]*)(?:[^\S\n]+(?:&[^\S\n]+)?\p{Lu}[\p{L}&'’.-]*){0,2})/gu;

// (the words of a name stay on one line: a headline's last word is not the name's first)
// "Acme Foods' board", "Boeing chairman X", "Novo Nordisks bestyrelse": the same with the organisation
// before, in the genitive; not a word that describes the office ("Former chairman")
const ORG_CONTEXT_BEFORE = /(?<![\p{L}])(?!(?:Former|Ex|Acting|Interim|Deputy|Vice|New|Then|Outgoing|Incoming|Current|Its|His|Her|Their|Our|Party|Company)\s)(\p{Lu}[\p{L}&.-]*(?:[^\S\n]+(?:&[^\S\n]+)?\p{Lu}[\p{L}&.-]*){0,2}?)(?:(?:['’]s?)?\s+(?:board|shareholders|chief executive|chairman|chairwoman|CEO)|s\s+(?:bestyrelse|aktionærer|topchef|administrerende direktør))(?![\p{L}])/gu;

// "Starbucks Corp said", "The Walt Disney Co.", "A.P. Møller - Mærsk A/S": a name with a legal form is a company's,
// and the name alone ("Starbucks") is how the text goes on to call it
export const LEGAL_FORMS = 'Co|Corp|Corporation|Inc|Ltd|Plc|PLC|LLC|A\\/S|ASA|AG|Holdings';
const LEGAL_NAME = new RegExp(`(?<![\\p{L}])(?:The[^\\S\\n]+)?(\\p{Lu}[\\p{L}&'’.-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}&'’.-]*){0,2})[^\\S\\n]+(?:${LEGAL_FORMS})\\.?(?![\\p{L}\\/])`, 'gu');

function withContextOrgs(text: string, known: Hit[]): Hit[] {
  const extra: Hit[] = [];
  for (const m of text.matchAll(LEGAL_NAME)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]); const end = start + m[1].length;
    if (isDateWord(m[1].split(/\s+/)[0]) || known.some((h) => h.start < end && start < h.end)) continue;
    extra.push({ start, end, name: ORG_FORMS.get(m[1]) ?? m[1] });
  }
  const legal = extra.length;
  for (const m of [...text.matchAll(ORG_CONTEXT), ...text.matchAll(ORG_CONTEXT_BEFORE)]) {
    const before = m[0].startsWith(m[1]);
    const article = before ? /^(?:The|Den|Det|De|A|An|Its|His|Her|Their)(?:\s+|$)/u.exec(m[1])?.[0] ?? '' : '';
    // a sentence's full stop is not part of the name ("formand for Xyz Hovedorganisation."), "Inc." keeps its own
    const name = m[1].slice(article.length).split(/(?<=\p{Ll}{3})\.\s/u)[0].replace(/['’]s$/u, '').replace(/(\p{Ll}{4,})\.$/u, '$1');
    // "said on Tuesday chief executive X": a day or month before a title is no employer
    if (!name || isDateWord(name.split(/\s+/)[0])) continue;
    const start = (before ? m.index ?? 0 : (m.index ?? 0) + m[0].length - m[1].length) + article.length;
    const end = start + name.length;
    const overlaps = (h: Hit): boolean => h.start < end && start < h.end;
    if (known.some(overlaps) || extra.some(overlaps)) continue;
    extra.push({ start, end, name: ORG_FORMS.get(name) ?? name });
  }
  if (!extra.length) return known;
  // "Walt Disney Co" where the text also calls it "Disney" ("Disney chairman X"): the shorter name
  for (const h of extra.slice(0, legal)) {
    const shorter = [...known, ...extra.slice(legal)].find((o) => h.name.endsWith(` ${o.name}`));
    if (shorter) h.name = shorter.name;
  }
  // once the text shows a name is an organisation ("Boeing chairman X"), its other mentions are too
  // ("Boeing said on Wednesday"), so that the most-named organisation can be found
  const all = [...known, ...extra];
  for (const [name, full] of new Map(extra.map((h) => [text.slice(h.start, h.end), h.name]))) {
    for (const form of [name, shortForm(name)]) {
      if (!form) continue;
      // (the short form stands alone: "Novo" in "Novo Nordisk" is not "Novo Nordisk Fonden")
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])${form === name ? '' : '(?![^\\S\\n]+\\p{Lu})'}`, 'gu');
      for (const m of text.matchAll(re)) {
        const start = m.index ?? 0; const end = start + form.length;
        if (!all.some((h) => h.start < end && start < h.end)) all.push({ start, end, name: full });
      }
    }
  }
  return all.sort((a, b) => a.start - b.start);
}

/**
 * "Chipotle Mexican Grill" ... "has led Chipotle since 2018": the first word of an organisation's
 * name, when it is a word of no other use (not in the lexicon, not a first name), is a short form.
 */
function shortForm(name: string): string | null {
  const first = name.split(/\s+/)[0];
  if (first === name || !/^\p{Lu}\p{Ll}{3,}$/u.test(first) || isFirstName(first) || isDateWord(first)) return null;
  return tagsOf(first.toLowerCase()).length ? null : first;
}

/** The hits inside [from, to); hits are in text order, so a binary search finds the first. */
function within(hits: Hit[], from: number, to: number): Hit[] {
  const out: Hit[] = [];
  for (let i = firstAtOrAfter(hits, (h) => h.start, from); i < hits.length && hits[i].start < to; i++) if (hits[i].end <= to) out.push(hits[i]);
  return out;
}



// "he would chair his last cabinet meeting", "vil lede mødet": a post word used as a verb, when what it
// chairs or leads is a meeting, not an organisation ("to head the European Central Bank" is the post)
const VERB_BEFORE = /(?:^|[^\p{L}])(?:would|will|to|could|should|may|might|must|shall|not|vil|skal|kan|at)\s+$/u;
const VERB_POSTS = new Set(['chair', 'head', 'lead', 'boss']);
const MEETING_AFTER = /^\s+(?:his|her|its|their|a|an|the|hans|hendes|sit|sin|et|en|det|den)\s+(?:[\p{Ll}-]+\s+){0,2}(?:meeting|meetings|talks|session|sessions|summit|conference|hearing|hearings|inquiry|review|discussions|negotiations|debate|møde|mødet|forhandlingerne|debatten)(?![\p{L}])/u;
const isVerb = (lower: string, h: Hit): boolean => VERB_POSTS.has(lower.slice(h.start, h.end)) && VERB_BEFORE.test(lower.slice(Math.max(0, h.start - 12), h.start))
  && MEETING_AFTER.test(lower.slice(h.end, h.end + 60));

// "head coach", "chief economist", "head teacher": a generic title word before a noun names another job
// (not "leadership contest", "leader writer" is rare: only "head" and "chief" make such compounds)
const COMPOUND_HEADS = new Set(['head', 'chief']);
const COMPOUND_AFTER = /^ (?!(?:of|for|at|in|on|and|or|to|is|was|will|would|has|had|said|says|told|who|which|that|since|until|after|before|from|with|by|as|af|i|og|har|er|var|siger|sagde|som|der|til|hos|med|på)(?![\p{L}]))\p{Ll}{3,}(?![\p{L}'’-])/u;
const isCompound = (lower: string, h: Hit): boolean => h.name === GENERIC && COMPOUND_HEADS.has(lower.slice(h.start, h.end))
  && COMPOUND_AFTER.test(lower.slice(h.end, h.end + 24));

// "deputy governors", "vice-president": a post of its own, not the one it assists
const DEPUTY = /(?:^|[^\p{L}])(deputy|vice|assistant)[\s-]+$/u;
function deputised(lower: string, h: Hit): Hit {
  const m = DEPUTY.exec(lower.slice(Math.max(0, h.start - 12), h.start));
  if (!m) return h;
  const cap = (w: string): string => w[0].toUpperCase() + w.slice(1);
  // "was elected deputy leader": a generic word with "deputy" names a post of its own ("Deputy Leader")
  return { ...h, name: `${cap(m[1])} ${h.name === GENERIC ? cap(lower.slice(h.start, h.end)) : h.name}` };
}

/** "leader", "head" are generic: they point at the story's post without naming it. Short forms only in capitals ("PM"). */
function postName(m: string): string | null {
  const low = m.toLowerCase();
  if (m.length <= 3 && m !== m.toUpperCase()) return null;
  if (GENERIC_POSTS.has(low)) return GENERIC;
  return POST_FORMS.get(low) ?? null;
}

function orgName(m: string): string | null {
  // a Danish genitive of a known name ("Nationalbankens"), not of a short one ("Feds" are agents)
  const stem = m.replace(/(?:['’]s|s)$/u, '');
  const known = ORG_FORMS.get(m) ?? (stem.length >= 4 || /['’]s$/u.test(m) ? ORG_FORMS.get(stem) : undefined);
  if (known) return known;
  if (stem !== m && ORG_FORMS.has(stem)) return null;
  // a generic match must not start with a sentence word such as "The"
  return m.replace(/^(?:The|Den|Det)\s+/u, '').trim() || null;
}

const KNOWN_ORGS = new Set(ORG_FORMS.values());
/**
 * "The U.N. Security Council", "NATO's Military Committee": a body named by its head noun right after
 * a known organisation is one of its organs; for the posts it fills, the organisation stands for it.
 */
function organs(text: string, hits: Hit[]): Hit[] {
  return hits.filter((h, i) => {
    const prev = hits[i - 1];
    return !(prev && KNOWN_ORGS.has(prev.name) && !KNOWN_ORGS.has(h.name) && /^(?:['’]s)?\s+$/u.test(text.slice(prev.end, h.start)));
  });
}

/** Lower-case English words ("us") are not countries; Danish demonyms are lower-case ("norske"). */
function countryName(m: string): string | null {
  // "Danmarks", "Japans": a capitalised genitive; "Frances" is a given name, "danskes" no form
  const genitive = !COUNTRY_FORMS.has(m.toLowerCase()) && /^\p{Lu}.*s$/u.test(m) && !isFirstName(m);
  const country = COUNTRY_FORMS.get(genitive ? m.slice(0, -1).toLowerCase() : m.toLowerCase());
  if (!country) return null;
  if (/^[a-z]+$/.test(m) && !/(sk|ske)$/.test(m)) return null;
  return country;
}

/**
 * Posts: "Secretary General", "statsminister", "CEO".
 * Example: "Dutch PM Anna de Vries's candidacy to become the next NATO secretary-general"
 */
export function findPosts(text: string, from: number, to: number): Hit[] {
  return within(hitsOf(text).posts, from, to).map((h) => (h.name === GENERIC ? { ...h, name: String(h.start), generic: true } : h));
}

/** Organisations: "NATO", "Natos" (Danish genitive), "the Labour Party", "Danske Bank". */
export function findOrgs(text: string, from: number, to: number): Hit[] {
  return within(hitsOf(text).orgs, from, to);
}

/** Countries and demonyms: "Dutch" -> Netherlands, "norske" -> Norway, "USA's" -> United States. */
export function findCountries(text: string, from: number, to: number): Hit[] {
  return within(hitsOf(text).countries, from, to);
}
