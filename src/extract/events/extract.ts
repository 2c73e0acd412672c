import type { EventFact } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import type { DocState } from '../../pipeline/state.js';
import { certaintyOf, datesIn } from './details.js';
import { describe } from './describe.js';
import { peopleIn } from './mentions.js';
import { docPersons, type DocPerson } from './persons.js';
import { companyNamed } from './company.js';
import { findCountries, findOrgs, findPosts, type Hit } from './posts.js';
import { partiesOf } from './subject.js';
import { COUNTRY_TO_POST, NAME_AFTER, orgBeside, PAST_ROLE, targetOf, type Target } from './target.js';
import { CORPORATE_POSTS, COUNTRY_FORMS, CUES, NATIONAL_POSTS, SIDES, type Rule } from './vocabulary.js';

// generic words that are titles ("leader", "chef"), unlike "leadership" or "helm"
const TITLE_GENERIC = new Set(['leader', 'head', 'chief', 'boss', 'leder', 'chef', 'topchef']);
const HOLDER_TYPES = new Set(['holds', 'extension', 'departure']);
// A withdrawal or "not a candidate" cancels later hopeful cues about the same person in the sentence.
const CANCELLED_BY_NO = new Set(['extension', 'candidacy', 'interest', 'nomination', 'backing']);
const LEAD_VERB = /(?:led|lead|head|serv|helm|charge|office|chair|ledet|spidsen|siddet på posten)/iu;

// "became the next chief executive", "bliver Danmarks nye statsminister": how far the post may stand
// (the same reach as targetOf's post taken by the verb)
const POST_REACH = 45;

interface Match { rule: Rule; start: number; end: number }

/** Cue matches in one sentence; where two overlap, the rule listed first in the data wins. */
function cueMatches(ctx: DocContext, rules: Rule[], from: number, to: number, lower: string): Match[] {
  const text = ctx.text.slice(from, to);
  const out: Match[] = [];
  for (const rule of rules) {
    if (!rule.hint.test(lower)) continue;
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const start = from + (m.index ?? 0); const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      if (rule.type === 'holds' && !LEAD_VERB.test(m[0]) && !findPosts(ctx.text, start, end).length && !findOrgs(ctx.text, start, end).length) continue;
      if (rule.postAfter && !findPosts(ctx.text, end, Math.min(to, end + POST_REACH)).length) continue;
      out.push({ rule, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Succession statements of one document: who holds, extends, runs, backs, withdraws, succeeds; meetings. */
export function extractEvents(ctx: DocContext, state: DocState): EventFact[] {
  const cues = CUES[ctx.language];
  if (!cues) return [];
  let persons: DocPerson[] | null = null;
  const events: EventFact[] = [];
  for (const s of ctx.sentences) {
    if (s.end <= ctx.bodyStart) continue;
    const lower = ctx.text.slice(s.start, s.end).toLowerCase();
    if (!cues.anyHint.test(lower)) continue;
    const matches = cueMatches(ctx, cues.rules, s.start, s.end, lower);
    if (!matches.length) continue;
    persons ??= docPersons(ctx, state.people);
    const sentence = ctx.text.slice(s.start, s.end);
    const people = peopleIn(ctx, persons, s.start, s.end);
    const dates = datesIn(ctx, state.dates, s.start, s.end);
    const certainty = certaintyOf(cues, sentence);
    const found: EventFact[] = [];
    for (const m of matches) {
      const parties = partiesOf(ctx, m.rule.type, people, m.start, m.end, persons);
      const subjects = ['meeting', 'deadline'].includes(m.rule.type) ? [null] : parties.subjects;
      for (const subject of subjects) {
        const stated = targetOf(ctx, s.start, s.end, m.start, people, subject, HOLDER_TYPES.has(m.rule.type), m.rule.postAfter ? m.end : null);
        const target = jobBack(ctx, m, backersOrg(ctx, m, s.start, s.end, runOrg(ctx, m, ledOrg(ctx, m, stated))));
        const event = describe({ ctx, cues, rule: m.rule, start: m.start, end: m.end, sentence: s, subject, parties, target, dates, certainty, people });
        if (event) found.push(event);
      }
    }
    events.push(...mergeRepeats(dropCancelled(found)));
  }
  // the document's post and organisation fill in statements that name none: no statements, no work
  if (!events.length) return events;
  return postFromRole(fillDefaults(events, docPost(ctx, persons ?? []), leadOf(ctx)), state);
}

/**
 * The lead: the first paragraph of the body that holds a sentence ending as sentences do, where a
 * news story states its subject (a headline has no full stop); its end in code points and its posts.
 */
interface Lead { end: number; posts: string[] }
const TO_FILL = /(?<![\p{L}])(?:new|next|permanent|ny|nye|næste|kommende|permanent)\s+(?:[\p{L}-]+\s+)?$/iu;
function leadOf(ctx: DocContext): Lead {
  const first = ctx.sentences.find((s) => s.end > ctx.bodyStart && /[.!?]["”’»]?\s*$/u.test(ctx.text.slice(s.start, s.end)));
  if (!first) return { end: 0, posts: [] };
  const paragraph = ctx.text.indexOf('\n', first.end - 1);
  const to = paragraph < 0 ? ctx.text.length : paragraph;
  // the posts it says are to be filled ("har fundet en ny administrerende direktør", "names new chief executive"), once each
  const posts = new Set(findPosts(ctx.text, first.start, to).filter((h) => !h.generic && !NAME_AFTER.test(ctx.text.slice(h.end, h.end + 40))
    && TO_FILL.test(ctx.text.slice(Math.max(0, h.start - 24), h.start))).map((h) => h.name));
  return { end: ctx.span(first.start, to).end, posts: [...posts] };
}

// "has led the Labour Party since", "har ledet Venstre siden": the organisation is what the verb leads
const LED_ORG = /^(?:led|leads|leading|head(?:s|ed|ing)?|chair(?:s|ed|ing)?|ledet|leder|stået i spidsen for)\s+(?:the\s+)?$/iu;

/**
 * "Keir Starmer, who has led the Labour Party since April 2020, became prime minister": the holding
 * is of the organisation the verb leads, and its post that organisation's leader, not the sentence's
 * other post.
 */
function ledOrg(ctx: DocContext, m: Match, target: Target): Target {
  if (m.rule.type !== 'holds') return target;
  // "who has chaired the board since 2021": the verb names the post, the chair's
  if (/^chair(?:s|ed|ing)?\b/iu.test(ctx.text.slice(m.start, m.end)) && !findPosts(ctx.text, m.start, m.end).length) return { ...target, position: 'Chair', generic: false };
  const org = findOrgs(ctx.text, m.start, m.end)[0];
  if (!org || target.org === org.name || !LED_ORG.test(ctx.text.slice(m.start, org.start))) return target;
  return { position: null, org: org.name, generic: true, genericWord: 'leader' };
}

// "was nominated to run the European Central Bank": the organisation the verb's infinitive leads
const TO_RUN = /^\s+to\s+(?:run|lead|head|chair|lede|stå i spidsen for)\s+(?:the\s+)?$/iu;
const RUN_TYPES = new Set(['appointment', 'nomination', 'candidacy']);

/** The organisation a cue's "to run X" names is the statement's, and its post that organisation's leader, not the sentence's other post. */
function runOrg(ctx: DocContext, m: Match, target: Target): Target {
  if (!RUN_TYPES.has(m.rule.type)) return target;
  const org = findOrgs(ctx.text, m.end, Math.min(ctx.text.length, m.end + 40))[0];
  if (!org || !TO_RUN.test(ctx.text.slice(m.end, org.start))) return target;
  return { position: null, org: org.name, generic: true, genericWord: 'leader' };
}

// "seen as the front-runner for the job", "a candidate for the post": the post the article is about
const FOR_THE_JOB = /^\s+(?:for|to)\s+(?:the\s+)?(?:top\s+)?(?:job|post|position|role|posten|jobbet|stillingen)(?![\p{L}])/iu;
const HOPEFUL_TYPES = new Set(['candidacy', 'interest', 'withdrawal', 'ruled-out']);

/**
 * "Weidmann had long been seen as the front-runner for the job, but he lost out in a deal that put
 * von der Leyen forward as head of the European Commission": "the job" points back at the post the
 * article is about, not at another post in the sentence; the statement takes the document's post.
 */
function jobBack(ctx: DocContext, m: Match, target: Target): Target {
  if (!HOPEFUL_TYPES.has(m.rule.type) || !FOR_THE_JOB.test(ctx.text.slice(m.end, m.end + 30))) return target;
  return { position: null, org: null, generic: false };
}

// statements made by others about the person: their organisation may be the actors', not the post's
const AGENT_TYPES = new Set(['backing', 'opposition', 'appointment', 'nomination']);
// "EU leaders are expected to appoint her", "NATO allies back X", "Labour MPs nominated": the organisation's people act
const AGENT_GROUP = /^['’]?s?\s+(?:leaders|allies|members|governments|ministers|lawmakers|MPs|diplomats|officials|countries|states|nations|ledere|lande|medlemmer|ministre|regeringer)(?![\p{L}])/u;
// "The European Union, Japan and China all support X": an organisation listed with others
const LISTED = /^\s*(?:,|and\b|og\b)\s*\p{Lu}/u;

/**
 * "The European Union, Japan and China all support Okonjo-Iweala", "EU leaders are expected to
 * appoint her": an organisation listed among the backers, or whose people act, before the verb is
 * theirs, not the organisation of the post (the sentence names no post); the statement takes the
 * document's organisation instead.
 */
function backersOrg(ctx: DocContext, m: Match, from: number, to: number, target: Target): Target {
  if (!AGENT_TYPES.has(m.rule.type) || target.position || !target.org) return target;
  const hits = findOrgs(ctx.text, from, m.start).filter((o) => o.name === target.org);
  if (!hits.length || findOrgs(ctx.text, m.end, to).some((o) => o.name === target.org)) return target;
  return hits.every((o) => LISTED.test(ctx.text.slice(o.end, o.end + 8)) || AGENT_GROUP.test(ctx.text.slice(o.end, o.end + 16))
    || /,\s*$/u.test(ctx.text.slice(Math.max(from, o.start - 3), o.start))) ? { ...target, org: null } : target;
}

/**
 * The post the document names most often outside titles before names and past roles, and the
 * organisation written next to it ("the next United Nations secretary-general").
 */
function docPost(ctx: DocContext, persons: DocPerson[]): DocPost {
  const counts = new Map<string, number>();
  const hits: Hit[] = [];
  for (const h of findPosts(ctx.text, ctx.bodyStart, ctx.text.length)) {
    if (h.generic || NAME_AFTER.test(ctx.text.slice(h.end, h.end + 40)) || PAST_ROLE.test(ctx.text.slice(Math.max(0, h.start - 30), h.start))) continue;
    counts.set(h.name, (counts.get(h.name) ?? 0) + 1);
    hits.push(h);
  }
  const post = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  let org: string | null = null;
  for (const h of hits) {
    if (h.name !== post || org) continue;
    org = orgBeside(ctx, h, findOrgs(ctx.text, Math.max(ctx.bodyStart, h.start - 40), Math.min(ctx.text.length, h.end + 40)));
  }
  if (!org && post && CORPORATE_POSTS.has(post)) org = companyNamed(ctx, persons);
  // (the countries only when a government office is left without one: most documents never ask)
  return { post, org: org ?? mostNamedOrg(ctx), countries: () => countriesNamed(ctx) };
}
interface DocPost { post: string | null; org: string | null; countries: () => NamedCountry[] }

/** The countries the document names, each with the post written right after it, if any ("Japan's longest-serving prime minister"). */
function countriesNamed(ctx: DocContext): NamedCountry[] {
  return findCountries(ctx.text, ctx.bodyStart, ctx.text.length).map((c) => {
    const post = findPosts(ctx.text, c.end, Math.min(ctx.text.length, c.end + 60)).find((h) => !h.generic && COUNTRY_TO_POST.test(ctx.text.slice(c.end, h.start)));
    return { name: c.name, post: post?.name ?? null };
  });
}
/** A country named right before a post ("Japan's prime minister", "Japanese Foreign Minister X"). */
interface NamedCountry { name: string; post: string | null }

/**
 * The country the document names most often right before the post itself ("Japan's longest-serving
 * prime minister", "New Zealand Prime Minister X"; not "Japanese Foreign Minister X", not a country
 * merely named in the text), when one is named so more than any other.
 */
function mostNamedCountry(countries: NamedCountry[], position: string): string | null {
  const counts = new Map<string, number>();
  // (a country merely named, or named before another office, may be another government's: on the BBC
  // corpus counting those gave France to the UK's Home Secretary and the UK to a Palestinian leader)
  for (const c of countries) if (c.post === position) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  const [best, second] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best && (!second || second[1] < best[1]) ? best[0] : null;
}

/**
 * The organisation the document names most often, at least twice and more than any other
 * ("Nationalbanken", "Nationalbankens direktion") and named in its lead; parties and parliaments do not count.
 */
function mostNamedOrg(ctx: DocContext): string | null {
  // the lead is the first three sentences of the body, where a news story states its subject
  const lead = ctx.sentences.filter((s) => s.end > ctx.bodyStart)[2]?.end ?? ctx.text.length;
  const counts = new Map<string, number>();
  const inLead = new Set<string>();
  for (const o of findOrgs(ctx.text, ctx.bodyStart, ctx.text.length)) {
    if (SIDES.has(o.name) || /\b(?:Party|Parti|Partiet)$/u.test(o.name)) continue;
    counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
    if (o.end <= lead) inLead.add(o.name);
  }
  const [best, second] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best || best[1] < 2 || (second && second[1] === best[1])) return null;
  return inLead.has(best[0]) ? best[0] : null;
}

/**
 * "forlænge rigspolitichef X's kontrakt": a post our list does not know is the title the holder
 * bears, when neither the statement nor the document names a post (one plain title word).
 */
function postFromRole(events: EventFact[], state: DocState): EventFact[] {
  for (const e of events) {
    if (e.position || !e.person || !HOLDER_TYPES.has(e.type)) continue;
    const title = state.people.find((p) => p.id === e.person)?.roles.find((r) => !r.former)?.title;
    if (!title || !/^\p{Ll}[\p{Ll}-]{3,}$/u.test(title)) continue;
    e.position = title[0].toUpperCase() + title.slice(1);
    e.details = { ...e.details, positionFromRole: true };
  }
  return events;
}

/** "asked to stay on for another year ... an extension": one statement per type and person in a sentence. */
function mergeRepeats(found: EventFact[]): EventFact[] {
  const out: EventFact[] = [];
  for (const e of found) {
    const same = out.find((o) => o.type === e.type && o.person === e.person && o.type !== 'meeting' && o.type !== 'deadline');
    if (!same) { out.push(e); continue; }
    same.date ??= e.date; same.until ??= e.until;
    for (const [k, v] of Object.entries(e.details ?? {})) if (same.details && (same.details[k] === null || same.details[k] === undefined)) same.details[k] = v;
  }
  return out;
}

function dropCancelled(found: EventFact[]): EventFact[] {
  const noes = found.filter((e) => e.type === 'withdrawal' || e.type === 'ruled-out');
  return found.filter((e) => !(CANCELLED_BY_NO.has(e.type) && noes.some((n) => n.person === e.person && n.start < e.start)));
}

const COUNTRY_NAMES = new Set(COUNTRY_FORMS.values());

/** Statements that do not name the post or organisation are about the one the document talks about most. */
function fillDefaults(events: EventFact[], fallback: DocPost, lead: Lead): EventFact[] {
  const fallbackPost = fallback.post;
  // a statement of the lead, where a news story states its subject, counts twice
  const weight = new Map(events.map((e) => [e, e.start < lead.end ? 2 : 1]));
  const top = (values: (string | null | undefined)[], of: EventFact[] = events, extra?: (counts: Map<string, number>) => void): string | null => {
    const counts = new Map<string, number>();
    values.forEach((v, i) => { if (v) counts.set(v, (counts.get(v) ?? 0) + (weight.get(of[i]) ?? 1)); });
    extra?.(counts);
    // ties go to the one named first: a news article states its main story first
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  // "step down as leader of the Conservative Party": a generic title with its organisation is the
  // post, unless the text names that organisation's post outright ("NATO leader" = Secretary General)
  const named = new Set(events.filter((e) => e.position).map((e) => e.org));
  for (const e of events) {
    // "stand for the Conservative leadership": a party's leadership is its leader's post
    const word = e.details?.genericPost === 'leadership' && e.org && SIDES.has(e.org) ? 'leader' : e.details?.genericPost;
    if (e.position || !e.org || named.has(e.org) || typeof word !== 'string' || !TITLE_GENERIC.has(word)) continue;
    e.position = word[0].toUpperCase() + word.slice(1);
  }
  // "leader of the Labour Party" and no other post named: the post is the generic word ("Leader")
  const generic = top(events.map((e) => (typeof e.details?.genericPost === 'string' ? e.details.genericPost : null)));
  // a post counts with its organisation: "president" of the central bank and of the World Bank are two posts
  // when the lead's statements name no post, a post the lead names counts as one of them
  // ("Danske Bank har fundet en ny administrerende direktør. X overtager topposten ...")
  const leadPosts = events.some((e) => e.position && e.start < lead.end) ? [] : lead.posts;
  const pair = top(events.map((e) => (e.position ? `${e.position}\u0000${e.org ?? ''}` : null)), events, (counts) => {
    for (const post of leadPosts) {
      const keys = [...counts.keys()].filter((k) => k.startsWith(`${post}\u0000`));
      for (const k of keys.length ? keys : [`${post}\u0000`]) counts.set(k, (counts.get(k) ?? 0) + 2);
    }
  })?.split('\u0000') ?? null;
  const position = pair?.[0] ?? fallbackPost ?? (generic && generic !== 'helm' ? generic[0].toUpperCase() + generic.slice(1) : null);
  const ofPosition = events.filter((e) => !position || e.position === position);
  const org = (pair?.[1] || null) ?? top(ofPosition.map((e) => e.org), ofPosition) ?? top(events.map((e) => e.org))
    ?? (position === fallbackPost ? fallback.org : null);
  const national = (p: string | null | undefined): boolean => !!p && NATIONAL_POSTS.has(p);
  // a government's office takes the country another statement names, never a party; other posts
  // never take a country ("would not seek re-election as party leader" is not Japan's)
  // failing that, the country of the holder's own title ("Japanese Prime Minister Fumio Kishida"), else the country the document names most
  const nationals = events.filter((e) => national(e.position));
  const titled = events.filter((e) => e.details?.rolePost === position);
  const countryOrg = top(nationals.map((e) => e.org), nationals)
    ?? (national(position) ? top(titled.map((e) => (typeof e.details?.roleCountry === 'string' ? e.details.roleCountry : null)), titled) ?? mostNamedCountry(fallback.countries(), position!) : null);
  for (const e of events) {
    // "would take over as chairman and CEO": of the pair, the post the document is about
    if (position && e.details?.alsoPosition === position) e.position = position;
    // "Stan Deal, head of Boeing's commercial airplanes unit, will retire": the head of a part of the
    // organisation, not its top post; no post of the document's is implied for it
    if (!e.position && e.details?.subUnit) continue;
    // "Hun afløser Lagarde, der overtager posten som chef for Den Europæiske Centralbank": another
    // organisation's statement takes no post of the document's (its post is not the IMF's)
    if (!e.position && e.org && org && e.org !== org && !national(position) && !SIDES.has(e.org)) continue;
    if (!e.position) {
      e.position = position; e.details = { ...e.details, positionImplied: true };
      // "Konservatives leder X har meldt sig som kandidat": a party is never a government office's organisation,
      // nor is a union ("announced his resignation after Britain voted to leave the EU")
      if (national(position) && e.org && (SIDES.has(e.org) || !COUNTRY_NAMES.has(e.org))) { e.org = null; }
    }
    const fill = national(e.position) ? countryOrg : org && !(national(position) && org === countryOrg) ? org : null;
    if (!e.org) { e.org = fill; e.details = { ...e.details, orgImplied: true }; }
  }
  return events;
}
