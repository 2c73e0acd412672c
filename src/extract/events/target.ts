import type { DocContext } from '../../pipeline/context.js';
import { IN_RELATIVE, type PersonAt } from './mentions.js';
import { findCountries, findOrgs, findPosts, type Hit } from './posts.js';
import { NATIONAL_POSTS } from './vocabulary.js';

/** The post a statement is about, and its organisation. `generic` when only "leader"/"helm" was said. */
export interface Target {
  position: string | null; org: string | null; generic: boolean; genericWord?: string | null; subUnit?: boolean;
  /** The other post of a pair the verb takes ("chairman and CEO"). */
  also?: string;
}

// "head of Boeing's commercial airplanes unit": a generic title over a part of an organisation
const SUB_UNIT = /^\s+of\s+(?:[\p{L}\p{N}'’.&-]+\s+){0,5}(?:unit|division|business|arm|department|section|operations|afdeling|forretningsområde|division)(?![\p{L}])/iu;

// "who previously served as prime minister of Norway": a past role, not the post the story is about
export const PAST_ROLE = /(?:former|formerly|previously|served as|ex-|tidligere|forhenværende|var)\s+(?:\p{L}+\s+)?(?:the\s+|a\s+)?$/iu;

// a post followed by capitalised words is a title before a name, even one the tool does not know
export const NAME_AFTER = /^,?\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u;

/** A post written right before a name is that person's title: "Dutch PM Anna de Vries". */
function titleOf(ctx: DocContext, post: Hit, people: PersonAt[]): PersonAt | null {
  for (const p of people) {
    if (p.via !== 'name' || p.end <= post.end) continue;
    if (p.start < post.end) return p;
    if (/^[\s,]*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u.test(ctx.text.slice(post.end, p.start))) return p;
  }
  return null;
}

const APPOSITION_VERB = /\b(?:said|says|told|is|was|are|were|has|have|had|will|would|who|which|that|er|var|har|sagde|siger|der|som)\b/iu;

/** "Anna Berg, a European Commission vice president, ...": a post in an apposition or relative clause after a name is that person's. */
const POST_CLOSES = /^\s*(?:(?:of|at|for|i|hos)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s*){1,5})?[,.;)]/u;
function appositiveOf(ctx: DocContext, post: Hit, people: PersonAt[]): PersonAt | null {
  // "X, 66, currently chief executive of the World Bank, will ...": the post may carry its organisation
  if (!POST_CLOSES.test(ctx.text.slice(post.end, post.end + 60))) return null;
  for (const p of people) {
    if (p.via !== 'name' || p.end > post.start) continue;
    const gap = ctx.text.slice(p.end, post.start);
    if (/^\s*,\s*(?:\d+,\s*)?(?:[\p{L}'’.-]+\s+){0,4}$/u.test(gap)) return p;
    // "Coventry, 41, a two-time Olympic swimming champion and Zimbabwe's sports minister,": a longer apposition with no verb
    if (/^\s*,\s*(?:\d+,\s*)?(?:an?|the|en|et|den|det)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,10}$/u.test(gap) && !APPOSITION_VERB.test(gap)) return p;
    // "X, der i dag er fungerende forsvarsminister,", "X, who is currently defence minister,": a relative clause
    if (/^\s*,\s*(?:who|der|som)\s+(?:[\p{L}'’.-]+\s+){1,5}$/u.test(ctx.text.slice(p.end, post.start))) return p;
  }
  return null;
}

/** The organisation written beside a post: "NATO secretary-general", "generalsekretær i Nato", "Natos generalsekretær". */
export function orgBeside(ctx: DocContext, post: Hit, orgs: Hit[]): string | null {
  for (const o of orgs) {
    if (o.end <= post.start && /^\s*(?:['’]s)?\s*$/u.test(ctx.text.slice(o.end, post.start))) return o.name;
    if (o.start >= post.end && /^\s+(?:of|of the|at|i|for|in|hos)\s+(?:the\s+)?$/iu.test(ctx.text.slice(post.end, o.start))) return o.name;
  }
  return null;
}

// "succeeding X, who is leaving to head the European Central Bank": an organisation in a relative
// clause is that person's own, not the one of the post being filled (IN_RELATIVE)
/** Does `at` stand in a relative clause that the cue at `cue` is not part of? */
function inOthersRelative(ctx: DocContext, from: number, at: number, cue: number): boolean {
  const m = IN_RELATIVE.exec(ctx.text.slice(from, at));
  return m !== null && cue < from + m.index;
}

// what may stand between a country and its office: lower-case words ("Japan's next", "Danmarks nye",
// "Germany's ninth post-war"), not another name
export const COUNTRY_TO_POST = /^(?:['’]?s)?\s+(?:[\p{Ll}\d-]+\s+){0,3}$/u;

/** "Japan's prime minister", "Danmarks nye statsminister", "the British prime minister": the country. */
function countryBefore(ctx: DocContext, post: Hit, from: number): string | null {
  const c = findCountries(ctx.text, Math.max(from, post.start - 40), post.start).pop();
  return c && COUNTRY_TO_POST.test(ctx.text.slice(c.end, post.start)) ? c.name : null;
}

// "Hawkesby, a former Bank of England official, was a likely candidate": a past employer in an apposition
const FORMER_APPOSITION = /^\s*,\s*(?:\d+,\s*)?(?:(?:an?|the|en|et|den|det)\s+)?(?:former|ex-|one-time|tidligere|forhenværende)\s+(?:[\p{Ll}\p{N}'’.-]+\s+){0,3}$/u;

/** Is the organisation a person's former employer, named in an apposition right after the name? */
function formerAffiliation(ctx: DocContext, org: Hit, people: PersonAt[]): boolean {
  return people.some((p) => p.via === 'name' && p.end <= org.start && org.start - p.end <= 60 && FORMER_APPOSITION.test(ctx.text.slice(p.end, org.start)));
}

/** The organisation of a statement: the one beside its post, else the nearest one. */
function orgNear(ctx: DocContext, post: Hit | null, orgs: Hit[], cue: number): string | null {
  const beside = post ? orgBeside(ctx, post, orgs) : null;
  if (beside) return beside;
  // "If confirmed by the Senate, X would take over ...": the agent of a passive acts on the post, it is not its organisation
  const nearest = orgs.filter((o) => !/\b(?:by|af)\s+(?:the\s+)?$/iu.test(ctx.text.slice(Math.max(0, o.start - 12), o.start)))
    .sort((a, b) => Math.abs(a.start - cue) - Math.abs(b.start - cue))[0];
  return nearest?.name ?? null;
}

/**
 * Picks the post the statement is about. Titles of other people in the sentence are their roles,
 * not the post ("Dutch PM Anna de Vries's candidacy to become the next NATO secretary-general" -> Secretary General);
 * the subject's own title counts for holders ("NATO Secretary General X is likely to continue in his role").
 */
export function targetOf(ctx: DocContext, from: number, to: number, cue: number, people: PersonAt[], subject: PersonAt | null, holderType: boolean, postAfter: number | null = null): Target {
  const posts = findPosts(ctx.text, from, to);
  // "Bundesbank President Jens Weidmann": the organisation of another person's title is theirs too
  const owners = new Map(posts.map((h) => [h, titleOf(ctx, h, people) ?? appositiveOf(ctx, h, people)]));
  const titled = posts.filter((h) => !h.generic && owners.get(h) && !(holderType && subject && owners.get(h)?.person.key === subject.person.key));
  // the organisation of another person's title is theirs: "Bundesbank President X", "X, chief executive of the World Bank"
  const orgs = findOrgs(ctx.text, from, to).filter((o) => !titled.some((h) => (h.start >= o.end && /^\s*(?:['’]s)?\s*$/u.test(ctx.text.slice(o.end, h.start)))
    || (o.start >= h.end && /^\s+(?:of|at|for|i|hos)\s+(?:the\s+)?$/iu.test(ctx.text.slice(h.end, o.start))))
    && !inOthersRelative(ctx, from, o.start, cue) && !formerAffiliation(ctx, o, people));
  const usable = posts.filter((h) => {
    // "the Dutch PM's candidacy": a description of a person, so that person's role
    if (people.some((p) => p.via === 'description' && p.start <= h.start && h.end <= p.end)) return false;
    const owner = owners.get(h) ?? null;
    if (!owner && !h.generic && NAME_AFTER.test(ctx.text.slice(h.end, h.end + 40))) return false;
    if (!owner) return !PAST_ROLE.test(ctx.text.slice(Math.max(from, h.start - 30), h.start));
    return holderType && subject !== null && owner.person.key === subject.person.key;
  });
  const explicit = usable.filter((h) => !h.generic).sort((a, b) => Math.abs(a.start - cue) - Math.abs(b.start - cue));
  // "X became chief executive", "X bliver Danmarks nye statsminister": the post the verb takes,
  // though it describes the subject
  const taken = postAfter === null ? undefined : posts.find((h) => !h.generic && h.start >= postAfter && h.start - postAfter <= 45);
  const post = taken ?? explicit[0] ?? null;
  // "take over as chairman and CEO": the other post of a pair the verb takes, for the document's main post to choose
  const also = taken ? posts.find((h) => !h.generic && h.start > taken.end && /^\s*(?:and|og|&|,)\s+(?:the\s+)?$/iu.test(ctx.text.slice(taken.end, h.start))) : undefined;
  const generic = !post && usable.some((h) => h.generic);
  const genericHit = generic ? usable.find((h) => h.generic) ?? null : null;
  const genericWord = genericHit ? ctx.text.slice(genericHit.start, genericHit.end).toLowerCase() : null;
  // a government's office belongs to the country written before it, not to the party nearby
  const org = post && NATIONAL_POSTS.has(post.name) ? countryBefore(ctx, post, from) : orgNear(ctx, post ?? genericHit, orgs, cue);
  const subUnit = !post && genericHit !== null && SUB_UNIT.test(ctx.text.slice(genericHit.end, genericHit.end + 80));
  return { position: post?.name ?? null, org, generic, genericWord, ...(subUnit ? { subUnit } : {}), ...(also && also.name !== post?.name ? { also: also.name } : {}) };
}
