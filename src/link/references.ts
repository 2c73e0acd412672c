import type { PersonFact, Reference } from '../model.js';
import type { DocContext } from '../pipeline/context.js';
import { genderOf, isHonorific, TITLES } from '../extract/people/lexicon.js';
import { matchTitle, parseRolePhrase } from '../extract/people/roles/phrase.js';
import { tokenizeSentences } from '../extract/people/collect.js';
import type { Token } from '../extract/people/tokens.js';
import { cachedIndex, SortedIndex } from '../text/sorted-index.js';

/** Personal pronouns and their gender, English and Danish. */
// A Map, not an object literal: a word such as "constructor" must not find Object.prototype's.
const PRONOUNS = new Map<string, 'm' | 'f'>(Object.entries({
  he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f',
  han: 'm', ham: 'm', hans: 'm', hun: 'f', hende: 'f', hendes: 'f',
} as const));
const FEMALE_HONORIFIC = /^(mrs|ms|miss|dame|lady|baroness|fru|frk)\.?$/i;
const MALE_HONORIFIC = /^(mr|sir|lord|baron|hr)\.?$/i;
const POST_BEFORE = /^(of|as|som|for|til|to|be|become|være|blive|named|appoint|appointed|elect|elected|choose|chosen|new|next)$/i;
const HYPOTHETICAL = /\b(next|new|future|first|potential|possible|female|woman|only|eneste|næste|nye|kommende|first|another|a|an|en|et)\b/i;
const CANDIDACY = /^(candidate|nominee|contender|successor|predecessor|kandidat|efterfølger|forgænger)$/i;
/** How many sentences back a pronoun may look for its person. */
const PRONOUN_REACH = 3;

/** 'm', 'f' or null: from the given name, else from an honorific seen with the name. */
export function genderOfPerson(p: PersonFact): 'm' | 'f' | null {
  for (const h of p.honorifics) {
    if (FEMALE_HONORIFIC.test(h)) return 'f';
    if (MALE_HONORIFIC.test(h)) return 'm';
  }
  const words = p.name.split(/\s+/);
  return words.length > 1 ? genderOf(words[0]) : null;
}

/** Every (person, UTF-16 start) of a mention, in text order. */
function mentionIndex(ctx: DocContext, people: PersonFact[]): { p: PersonFact; at: number }[] {
  const out = people.flatMap((p) => p.mentions.map((m) => ({ p, at: ctx.offsets.toUtf16(m.start) })));
  return out.sort((a, b) => a.at - b.at);
}

/** The person a pronoun at `at` most likely means: the latest compatible mention within reach. */
const MENTIONS = new WeakMap<PersonFact[], { size: number; index: SortedIndex<{ p: PersonFact; at: number }> }>();
export function resolvePronoun(ctx: DocContext, people: PersonFact[], word: string, at: number): PersonFact | null {
  const gender = PRONOUNS.get(word.toLowerCase());
  if (!gender) return null;
  const here = ctx.sentenceIndex(at);
  const index = cachedIndex(MENTIONS, people, people.length, () => new SortedIndex(mentionIndex(ctx, people), (x) => x.at));
  for (let i = index.lowerBound(at) - 1; i >= 0; i--) {
    const { p, at: m } = index.items[i];
    if (here - ctx.sentenceIndex(m) > PRONOUN_REACH) return null;
    const g = genderOfPerson(p);
    if (g === null || g === gender) return p;
  }
  return null;
}

/** Pronouns that refer to people: "he", "she", "han", "hun" (and their object and possessive forms). */
export function linkPronouns(ctx: DocContext, people: PersonFact[], tokens: Token[]): void {
  for (const t of tokens) {
    if (!PRONOUNS.has(t.low)) continue;
    const p = resolvePronoun(ctx, people, t.text, t.start);
    if (p) p.references.push(ref(ctx, t.start, t.end, 'pronoun', 'link/pronoun'));
  }
}

function ref(ctx: DocContext, start: number, end: number, kind: Reference['kind'], rule: string): Reference {
  return { ...ctx.span(start, end), kind, rule };
}

interface RoleAt { p: PersonFact; title: string; country: string | null; org: string | null; former: boolean; start: number; end: number }
interface RoleIndex { spans: SortedIndex<RoleAt>; longest: number; byTitle: Map<string, RoleAt[]> }
const normTitle = (t: string): string => t.toLowerCase().replace(/-/g, ' ');

/** Every role of the document's people, by position and by title; roles are final once linking starts. */
const ROLES = new WeakMap<PersonFact[], { size: number; index: RoleIndex }>();
function roleIndex(people: PersonFact[]): RoleIndex {
  return cachedIndex(ROLES, people, people.length, () => {
    const all = people.flatMap((p) => p.roles.map((r): RoleAt => ({ p, title: normTitle(r.title), country: r.country, org: r.org, former: r.former, start: r.start, end: r.end })));
    const byTitle = new Map<string, RoleAt[]>();
    for (const r of all) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r]);
    return { spans: new SortedIndex(all, (r) => r.start), longest: all.reduce((n, r) => Math.max(n, r.end - r.start), 0), byTitle };
  });
}

/**
 * Descriptions that name a person by role: "the Dutch prime minister", "Natos generalsekretær",
 * "the current Secretary General". They refer to the one person in the document whose role
 * agrees on title (and on country and organisation where the description gives them).
 */
export function linkDescriptions(ctx: DocContext, people: PersonFact[], tokens: Token[], named: Set<number>, orgs: Set<string>): void {
  for (let i = 0; i < tokens.length; i++) {
    const end = matchTitle(tokens, i);
    if (end === null && ctx.language === 'da') { suffixedDescription(ctx, people, tokens[i]); continue; }
    if (end === null || named.has(end) || isHonorific(tokens[i].text)) continue;
    let from = i;
    while (from > 0 && i - from < 4 && !/^[,.;:!?"“”]$/.test(tokens[from - 1].text) && parseRolePhrase(ctx.text, tokens, from - 1, end, orgs)) from--;
    while (from < i && /^(of|to|at|for|in|i|til|for|hos|and|og)$/i.test(tokens[from].text)) from++;
    const role = parseRolePhrase(ctx.text, tokens, from, end, orgs);
    // "the post of NATO leader", "som generalsekretær", "the next secretary general": a post, not a person
    if (!role || POST_BEFORE.test(tokens[from - 1]?.text ?? '') || HYPOTHETICAL.test(ctx.text.slice(role.start, role.end))) continue;
    // a description names its person definitely: "the Dutch PM", "Natos generalsekretær", not "kandidat"
    const definite = /^(the|den|det)$/i.test(tokens[from].text) || tokens[from].possessive || role.org !== null || role.country !== null;
    if (!definite || CANDIDACY.test(role.title)) continue;
    const span = ctx.span(role.start, role.end);
    const roles = roleIndex(people);
    // a role phrase already attached to a person is that person's naming, not a description
    if (roles.spans.range(span.start - roles.longest, span.end).some((r) => r.start < span.end && span.start < r.end)) continue;
    const fits = new Set((roles.byTitle.get(normTitle(role.title)) ?? [])
      .filter((r) => (!role.country || r.country === role.country) && (!role.org || r.org === role.org) && r.former === role.former).map((r) => r.p));
    if (fits.size === 1) [...fits][0].references.push(ref(ctx, tokens[from].start, tokens[end - 1].end, 'description', 'link/description'));
    i = end - 1;
  }
}

// Danish definite endings on a title: "statsministeren", "dronningen", "formanden", "direktøren"
const DA_DEFINITE = /^(\p{L}{4,}?)(?:en|n|et)$/u;
/**
 * "sagde dronningen", "oplyser statsministeren": a Danish title with the definite ending is a
 * description of the one person in the document who holds that title (not a former holder).
 */
function suffixedDescription(ctx: DocContext, people: PersonFact[], token: Token): void {
  const m = DA_DEFINITE.exec(token.text.toLowerCase());
  if (!m || !TITLES.da.has(m[1])) return;
  const fits = new Set((roleIndex(people).byTitle.get(m[1]) ?? []).filter((r) => !r.former).map((r) => r.p));
  if (fits.size === 1) [...fits][0].references.push(ref(ctx, token.start, token.end, 'description', 'link/description'));
}

/** Tokens of each body sentence (for the linking stage, which runs after the people stage). */
export function sentenceTokens(ctx: DocContext): Token[][] {
  return tokenizeSentences(ctx.text, ctx.sentences, ctx.bodyStart).map((s) => s.tokens);
}
