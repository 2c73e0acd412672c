import type { PersonFact, Speaker, SpeakerKind } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import { DEFINITE, MEDIA_BACK, ORG_RE, POST_NOMINALS, PRONOUNS, SOURCE_NOUNS, ANONYMITY_RE } from './lexicon.js';
import { findPerson, lastNameBefore, nearestPerson, stripTitles } from './names.js';
import { findOutlets } from './outlets.js';
import { isCommonWord, isDateWord, isNotName, isPersonWord } from './not-names.js';
import { genderOf, isFirstName, isHonorific, isStopword } from '../people/lexicon.js';
import { topicPerson } from './topic.js';
import { firstMention } from './subject.js';
import { sentenceStart } from './breaks.js';
import { findOrgs } from '../events/posts.js';
import { ANONYMOUS_AFTER } from './anonymous.js';

/**
 * Turns the words naming a speaker into a Speaker: a pronoun resolves to the person named last
 * ("he added"), an unnamed source noun is anonymous ("the source", "tre anonyme kilder"), a name
 * resolves to a person of the people stage, else to an outlet or organisation, else to the
 * capitalised words themselves. Nothing found: kind "unknown" with no name.
 */
export interface Memory {
  /** The last speaker that was a person, for pronouns when the people stage found nobody. */
  lastPerson: Speaker | null;
  /** The last plural or anonymous speaker, for "they said" and "the sources said". */
  lastGroup: Speaker | null;
  /** The last outlet named as a source or channel, for "the newspaper", "mediet", "avisen". */
  lastOutlet: Speaker | null;
}


// Nouns that always mean an unnamed source; other source nouns ("aide", "expert") only with a marker.
const STRICT = /^(?:sources?|officials?|diplomats?|insiders?|kild(?:e|er|en|erne)|embedsm(?:and|ænd(?:ene)?)|people|persons?)$/iu;
// Head of a phrase: the last word before a preposition ("a source close to the talks" -> "source").
const STAFF_OF = /(?<![\p{L}])(\p{L}+)\s+(?:at|from|with|of|hos|fra|i)\s+$/u;
const HEAD_STOP = /^(?:of|for|close|familiar|with|in|at|from|on|within|inside|who|med|fra|i|på|hos|tæt|inden|blandt|til|af)$/iu;
const ORG_SUFFIX = /^(?:Party|Ministry|Inc\.?|Corp\.?|Co\.?|Ltd\.?|Plc|PLC|LLC|AG|SA|A\/S|Holdings|Group|Bank|Council|Commission|Committee|Department|Agency|Office|Institute|Foundation|Association|Union|Campaign|Administration|Partiet|Ministeriet)$/u;

// Danish compounds that name an institution: "Erhvervsministeriet", "Finanstilsynet", "Konkurrencerådet"
const ORG_COMPOUND = /\p{Ll}(?:ministeriet|styrelsen|tilsynet|rådet|nævnet|banken|selskabet|forbundet|partiet|instituttet|kommune|regionen|domstolen|retten)$/u;

/** Keeps a resolved speaker for the pronouns and back-references after it. */
export function remember(mem: Memory, speaker: Speaker): void {
  if (speaker.kind === 'person') mem.lastPerson = speaker;
  if (speaker.kind === 'outlet') mem.lastOutlet = speaker;
  else if (speaker.via) mem.lastOutlet = { name: speaker.via, kind: 'outlet', text: speaker.via };
  if (speaker.kind === 'anonymous' || speaker.kind === 'organization') mem.lastGroup = speaker;
}

export const UNKNOWN: Speaker = { name: null, kind: 'unknown', text: '' };

function make(ctx: DocContext, s: number, e: number, name: string | null, kind: SpeakerKind, person?: PersonFact | null): Speaker {
  const span = ctx.span(s, e);
  const sp: Speaker = { name, kind, text: span.text, start: span.start, end: span.end };
  if (person) sp.person = person.id;
  return sp;
}

/** "he added": the person named last before the pronoun, or the last person speaker. */
function resolvePronoun(ctx: DocContext, people: PersonFact[], s: number, e: number, g: string, mem: Memory, before: number): Speaker {
  if (g === 'o') return resolveIt(ctx, people, s, e, mem);
  if (g === 'p') {
    const a = mem.lastGroup;
    return a ? { ...make(ctx, s, e, a.name, a.kind), ...(a.person ? { person: a.person } : {}) } : make(ctx, s, e, null, 'unknown');
  }
  // a gendered pronoun is not a person of the other gender ("sagde hun" after "kronprins Frederik")
  const other = g === 'm' ? 'f' : g === 'f' ? 'm' : null;
  const fits = (name: string | null | undefined): boolean => !other || !name || genderOf(name.split(/\s+/)[0]) !== other;
  const near = nearestPerson(people, Math.min(s, before), (i) => ctx.offsets.toCodePoint(i), (p) => fits(p.name));
  // "En kongehusekspert siger til Politiken, at ... - Men hun har ..., siger han": one unnamed source, the
  // subject of the sentence before and named after anyone else, is who the pronoun means
  const unnamed = unnamedBefore(ctx, Math.min(s, before));
  if (unnamed && (!near || unnamed.at > near.at)) return { ...make(ctx, s, e, null, 'anonymous'), ...(unnamed.speaker.via ? { via: unnamed.speaker.via } : {}) };
  const topic = g === 'm' || g === 'f' ? topicPerson(ctx, people, s, before, g, mem.lastPerson?.start ?? null) : null;
  if (topic) return make(ctx, s, e, stripTitles(topic.person.name), 'person', topic.person);
  const last = fits(mem.lastPerson?.name) ? mem.lastPerson : null;
  if (near && (!last || last.start === undefined || near.at >= last.start)) return make(ctx, s, e, stripTitles(near.person.name), 'person', near.person);
  if (last) return { ...make(ctx, s, e, last.name, 'person'), ...(last.person ? { person: last.person } : {}) };
  // the people stage found nobody before: the last capitalised name in the text
  const run = people.length ? null : lastNameBefore(ctx.text, Math.max(ctx.bodyStart, before - 1500), before);
  return make(ctx, s, e, run?.name ?? null, run ? 'person' : 'unknown');
}

/** The subject of the sentence before the one at `at`, when it is one unnamed source ("En kongehusekspert siger", "A senior official said"). */
function unnamedBefore(ctx: DocContext, at: number): { speaker: Speaker; at: number } | null {
  const here = sentenceStart(ctx.text, at, Math.max(ctx.bodyStart, at - 600));
  let end = here;
  while (end > ctx.bodyStart && /[\s\-–—]/u.test(ctx.text[end - 1])) end--;
  if (end <= ctx.bodyStart) return null;
  const from = sentenceStart(ctx.text, end - 1, Math.max(ctx.bodyStart, end - 600));
  const m = UNNAMED_SUBJECT.exec(ctx.text.slice(from, end));
  if (!m || !SOURCE_NOUNS.has(m[2].toLowerCase())) return null;
  const s0 = from; const e0 = from + m[0].length - m[3].length;
  return { speaker: make(ctx, s0, e0, null, 'anonymous'), at: ctx.offsets.toCodePoint(s0) };
}
// an indefinite subject, up to three modifiers, its noun, and a reporting verb
const UNNAMED_SUBJECT = /^(?:En|Et|A|An|One)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)(\s+(?:siger|sagde|fortæller|fortalte|mener|mente|said|says|told))(?![\p{L}])/u;

/**
 * "The Council pledged sanctions against what it called “a clear threat”": "it" is no person; it
 * speaks for the organisation or outlet that is the subject of its sentence, else the last one that
 * spoke, else nobody known.
 */
function resolveIt(ctx: DocContext, people: PersonFact[], s: number, e: number, mem: Memory): Speaker {
  const subject = firstMention(ctx.text, sentenceStart(ctx.text, s, Math.max(ctx.bodyStart, s - 600)), s);
  const named = subject ? resolveSpeaker(ctx, people, subject[0], subject[1], mem) : null;
  const own = named && (named.kind === 'organization' || named.kind === 'outlet') ? named : null;
  // ("... the Commission proposed new rules. “...,” it said": the subject of the sentence before the quotation)
  const group = own ?? previousSubject(ctx, people, s, mem) ?? (mem.lastGroup?.kind === 'organization' ? mem.lastGroup : mem.lastOutlet);
  return group ? make(ctx, s, e, group.name, group.kind) : make(ctx, s, e, null, 'unknown');
}

/**
 * The organisation or outlet that is the subject of the sentence before the quotation that "it" ends,
 * or null. The quotation is the text between the opening mark before `s` and `s`.
 */
function previousSubject(ctx: DocContext, people: PersonFact[], s: number, mem: Memory): Speaker | null {
  const close = Math.max(ctx.text.lastIndexOf('"', s - 1), ctx.text.lastIndexOf('”', s - 1));
  if (close < 0 || /[\p{L}]/u.test(ctx.text.slice(close + 1, s).replace(/[,.]/g, ''))) return null;
  const open = ctx.text[close] === '"' ? ctx.text.lastIndexOf('"', close - 1) : ctx.text.lastIndexOf('“', close - 1);
  if (open <= ctx.bodyStart) return null;
  const from = sentenceStart(ctx.text, Math.max(ctx.bodyStart, open - 2), Math.max(ctx.bodyStart, open - 600));
  const subject = firstMention(ctx.text, from, open);
  if (!subject) return null;
  const named = resolveSpeaker(ctx, people, subject[0], subject[1], mem);
  return named.kind === 'organization' || named.kind === 'outlet' ? named : null;
}

/** The speaker named by text[s, e); a pronoun looks for its person before index `before` (the quote). */
export function resolveSpeaker(ctx: DocContext, people: PersonFact[], s: number, e: number, mem: Memory, before = s): Speaker {
  const text = ctx.text.slice(s, e);
  // "Susan Arnold said the board had concluded", "Campbell said he thought": a phrase that holds a reporting
  // verb holds two subjects; the inner one speaks when it names someone, a pronoun or a thing means the outer
  const inside = SPEECH_INSIDE.exec(text);
  if (inside && inside.index > 0) {
    const innerStart = s + inside.index + inside[0].length;
    const inner = resolveSpeaker(ctx, people, innerStart, e, mem, before);
    const pronoun = Object.hasOwn(PRONOUNS, ctx.text.slice(innerStart, e).trim().split(/\s+/)[0].toLowerCase());
    if (inner.kind !== 'unknown' && !pronoun) return inner;
    const outerEnd = s + inside.index;
    const outer = resolveSpeaker(ctx, people, s, outerEnd, mem, before);
    if (outer.kind !== 'unknown') return outer;
    return inner;
  }
  // "Rep. Xyz Abc (R-Ohio)": a parenthesis is not part of the name
  const words = text.replace(/\([^)]*\)?/g, ' ').split(/\s+/).filter(Boolean);
  if (!words.length) return make(ctx, s, e, null, 'unknown');
  if (words.length === 1 && Object.hasOwn(PRONOUNS, words[0].toLowerCase())) return resolvePronoun(ctx, people, s, e, PRONOUNS[words[0].toLowerCase()], mem, before);
  if (MEDIA_BACK.test(text.trim()) && mem.lastOutlet) return make(ctx, s, e, mem.lastOutlet.name, 'outlet');
  let headIdx = words.findIndex((w, i) => i > 0 && HEAD_STOP.test(w));
  headIdx = (headIdx < 0 ? words.length : headIdx) - 1;
  // "Xyz Abc QC has warned": letters after a name are no part of it; "the Salford MP told": an unnamed person
  const lettered = POST_NOMINALS.has(words[headIdx]?.replace(/[,.;:]$/u, '') ?? '');
  if (lettered) {
    // "one Labour MP, who asked not to be named": an unnamed source
    if (/^(?:an?|one|two|three|several|some|other)$/i.test(words[0]) || ANONYMOUS_AFTER.test(ctx.text.slice(e, e + 80))) return make(ctx, s, e, null, 'anonymous');
    if (headIdx === 0 || !/^\p{Lu}/u.test(words[headIdx - 1]) || DEFINITE.has(words[0].toLowerCase())) return make(ctx, s, e, null, 'person');
    headIdx--;
  }
  const head = (words[headIdx] ?? '').replace(/['’]s$|[,.;:]$/u, '');
  if (SOURCE_NOUNS.has(head.toLowerCase()) && (STRICT.test(head) || ANONYMITY_RE.test(text) || ANONYMOUS_AFTER.test(ctx.text.slice(e, e + 80)) || /^(?:an?|one|two|three|several|some|other|en|et|to|tre|fire|flere|nogle|adskillige)$/i.test(words[0]))) {
    const definite = DEFINITE.has(words[0].toLowerCase()) || /(?:en|ne)$/.test(head) && /^kild/i.test(head);
    const back = definite && mem.lastGroup?.kind === 'anonymous' ? mem.lastGroup : null;
    const described = definite && !back ? describedPerson(ctx, people, s, head, text) : null;
    if (described) { const sp = make(ctx, s, e, stripTitles(described.name), 'person', described); DESCRIBED.add(sp); return sp; }
    return { ...make(ctx, s, e, null, 'anonymous'), ...(back?.via ? { via: back.via } : {}) };
  }
  const person = findPerson(people, head, s, e, (i) => ctx.offsets.toCodePoint(i));
  if (person && !SOURCE_NOUNS.has(head.toLowerCase())) return make(ctx, s, e, stripTitles(person.name), 'person', person);
  // "Newcastle director of rugby Rob Andrew said": the name after a title with its complement
  const tail = (words[words.length - 1] ?? '').replace(/['’]s$|[,.;:]$/u, '');
  // (after a title or a source noun, not after a preposition: "Matthew Herren from EduVision" is Herren)
  const titleHead = SOURCE_NOUNS.has(head.toLowerCase()) || /^\p{Lu}/u.test(head);
  const titled = titleHead && headIdx < words.length - 1 && /^\p{Lu}/u.test(tail) && !/\s(?:from|at|for|with|of|fra|hos|i)\s+(?:the\s+)?\S+$/iu.test(text.trim())
    ? findPerson(people, tail, s, e, (i) => ctx.offsets.toCodePoint(i)) : null;
  if (titled) return make(ctx, s, e, stripTitles(titled.name), 'person', titled);
  // "Mr Xyz added", "Home Office minister Baroness Xyz said": capitalised words after an honorific name a person
  const honoured = afterHonorific(people, words, headIdx);
  if (honoured) return make(ctx, s, e, honoured.name, 'person', honoured.person);
  // "Analysts at Jefferies said": unnamed people of a named firm; "Analysts said": unnamed people
  const staff = STAFF_OF.exec(ctx.text.slice(Math.max(0, s - 40), s));
  if (staff && SOURCE_NOUNS.has(staff[1].toLowerCase()) && /^\p{Lu}/u.test(text)) return make(ctx, s - staff[0].length, e, null, 'anonymous');
  if (words.length === 1 && /(?:s|er)$/iu.test(head) && SOURCE_NOUNS.has(head.toLowerCase())) return make(ctx, s, e, null, 'anonymous');
  const outlet = findOutlets(ctx.text, s, e)[0];
  if (outlet) return make(ctx, s, e, outlet.name, 'outlet');
  // a known organisation, or one named by its head noun ("Danske Bank", "The Bank of England", "the
  // World Bank"), by the same scan the event stage uses, so that its whole name speaks, not "Bank"
  // (the name must end the phrase: "the Commission on Presidential Debates" is not "Commission")
  const body = findOrgs(ctx.text, s, e)[0];
  if (body && /^\p{Lu}/u.test(ctx.text.slice(body.start, body.end)) && !/\p{L}/u.test(ctx.text.slice(body.end, e).replace(/['’]s\b/u, ''))) return make(ctx, s, e, body.name, 'organization');
  ORG_RE.lastIndex = 0;
  const org = ORG_RE.exec(text);
  if (org) return make(ctx, s, e, /^\p{Lu}/u.test(org[0]) ? text.slice(capitalisedFrom(text, org.index)).replace(/^(?:the|The)\s+/, '').split(/\s+(?:of|for)\s+/)[0] : text.replace(/^(?:the|The)\s+/, ''), 'organization');
  const named = fallbackName(ctx, s, e, words, headIdx, head);
  // ("Xyz Abc QC": a name with post-nominal letters is a person's, even with a given name the lexicon lacks)
  return lettered && named.kind === 'organization' ? { ...named, kind: 'person' } : named;
}

// capitalised words right before a capitalised organisation noun ("the International Rugby Board"),
// not an article or an owner ("A Department ...", "the UK's Office of ...")
const WORD_BEFORE = /(\p{Lu}[\p{L}\p{N}&.-]*)\s+$/u;
const NOT_IN_NAME = new Set(['A', 'An', 'The', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our']);

/** Where the capitalised name ending in the organisation noun at text[i] starts. */
function capitalisedFrom(text: string, i: number): number {
  for (let m = WORD_BEFORE.exec(text.slice(0, i)); m && !NOT_IN_NAME.has(m[1]); m = WORD_BEFORE.exec(text.slice(0, i))) i = m.index;
  return i;
}

/** Speakers that a description resolved to a person: the description is then no unnamed source (sources.ts). */
const DESCRIBED = new WeakSet<Speaker>();
export const isDescribed = (sp: Speaker): boolean => DESCRIBED.has(sp);

// Source nouns that may describe a named person; "the source", "the insider" never do
const DESCRIBES_PERSON = /^(?:official|diplomat|embedsmand|embedsmanden|diplomaten)$/iu;
/** How far back (UTF-16 units) the person a description points at may be named. */
const DESCRIBED_REACH = 400;

/**
 * "Roberto Azevedo said on Thursday he would leave the post. The Brazilian diplomat, who has led the
 * WTO since 2013, said ...": a definite "the <modifier> diplomat/official" with no unnamed source
 * before it to point back at, and no word of anonymity, is the person the text named just before.
 */
function describedPerson(ctx: DocContext, people: PersonFact[], s: number, head: string, text: string): PersonFact | null {
  // a description, not a bare noun: "the official" alone may be an unnamed one
  if (!DESCRIBES_PERSON.test(head) || ANONYMITY_RE.test(text) || !/^\S+\s+\S+\s+\S/u.test(text.trim())) return null;
  const near = nearestPerson(people, s, (i) => ctx.offsets.toCodePoint(i));
  return near && ctx.offsets.toCodePoint(s) - near.at <= DESCRIBED_REACH ? near.person : null;
}

// a reporting verb between two words of a speaker phrase
const SPEECH_INSIDE = /\s+(?:said|says|stated|added|reported|sagde|siger|skriver|skrev|oplyser|oplyste|fortæller|fortalte)\s+(?=\S)/iu;

/**
 * The name after the last honorific before the head ("Mr Xyz", "minister Baroness Xyz"), when only
 * capitalised words follow it; a one-word name may be the given name of a known person ("Sir Xyz"
 * for Sir Xyz Abc).
 */
function afterHonorific(people: PersonFact[], words: string[], headIdx: number): { name: string; person: PersonFact | null } | null {
  if (!/^\p{Lu}/u.test(words[headIdx] ?? '')) return null;
  let i = headIdx;
  while (i > 0 && !isHonorific(words[i - 1])) { if (!/^\p{Lu}/u.test(words[i - 1])) return null; i--; }
  if (i === 0 || i > headIdx) return null;
  const name = words.slice(i, headIdx + 1).join(' ').replace(/['’]s$|[,.;:]$/u, '');
  const person = i === headIdx ? people.find((p) => p.name.split(/\s+/).includes(name)) ?? null : null;
  return { name: person ? stripTitles(person.name) : name, person };
}

/** No known entity: capitalised words are a name (a person, or an organisation by its suffix). */
function fallbackName(ctx: DocContext, s: number, e: number, words: string[], headIdx: number, head: string): Speaker {
  // "Ultimately, member states agreed": the capital of the phrase's first word may only open the sentence
  // ("Tidligere i dag sagde X": a Danish adverb opening the sentence is no name either)
  const opener = (i: number): boolean => i === 0 && (isNotName(words[0], /,$/.test(words[0]) || (words.length === 1 && ctx.text[e] === ','), words.length === 1)
    || (ctx.language === 'da' && isStopword(words[0], 'da')));
  if (/^\p{Lu}/u.test(head) && !DEFINITE.has(head.toLowerCase()) && !opener(headIdx)) {
    let i = headIdx;
    while (i > 0 && /^\p{Lu}/u.test(words[i - 1]) && !DEFINITE.has(words[i - 1].toLowerCase()) && !opener(i - 1)) i--;
    // "On Tuesday, he said": the words left may only name a time
    if (words.slice(i, headIdx + 1).every(isDateWord)) return make(ctx, s, e, null, 'unknown');
    const name = stripTitles(words.slice(i, headIdx + 1).join(' ').replace(/['’]s$/u, ''));
    // the people stage did not take these words for a person; without a given name among them
    // ("Nasdaq Copenhagen", "Jefferies") they more likely name a company or body than a person
    const given = words.slice(i, headIdx + 1).some((w) => isFirstName(w.replace(/['’]s$|[,.;:]$/u, '')));
    const english = ctx.language === 'en'; // the lexicon below is compromise's English one
    if (english && i === headIdx && isCommonWord(head)) return make(ctx, s, e, null, 'unknown');
    // one word the people stage never saw in a full name ("Boeing said") is a company or body too,
    // unless the lexicon knows it for a person's description ("Queen", "Spaniard")
    const org = /^\p{Lu}{2,}$|\p{Ll}\p{Lu}{2,}$/u.test(head) || ORG_SUFFIX.test(head) || (i === headIdx && ORG_COMPOUND.test(head))
      || (!given && (english ? !isPersonWord(head) : i < headIdx));
    return make(ctx, s, e, name, org ? 'organization' : 'person');
  }
  if (SOURCE_NOUNS.has(head.toLowerCase())) return make(ctx, s, e, null, 'person');
  return make(ctx, s, e, null, 'unknown');
}
