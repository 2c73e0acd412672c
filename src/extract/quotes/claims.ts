import type { ClaimFact, PersonFact, Speaker } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import { certaintyOf } from './certainty.js';
import { cuesIn, PARTICIPLE, PHRASE_SET } from './lexicon.js';
import { firstMention } from './subject.js';
import { phraseAfter, phraseBefore } from './phrase.js';
import { NEVER_NOUN, POSSESSIVE } from './attribution.js';
import type { Found } from './quotes.js';
import { remember, resolveSpeaker, type Memory } from './speaker.js';
import { statementSpan } from './statement.js';
import { findVia } from './via.js';
import { findAnonymous } from './anonymous.js';
import { findOutlets } from './outlets.js';
import { countWords as words } from './words.js';

/**
 * Every attributed statement becomes a claim: each attributed quotation (direct) and each
 * sentence with a cue outside quotation marks (indirect): "Xyz stated that ...", "...,
 * officials said", "according to Xyz, ...", "ifølge VG", "Det erfarer VG" (the sentence before).
 */
export interface Attributed { speaker: Speaker; at: number; sentence: [number, number] }

// Cues that pass words on rather than make a claim: "both quoted by Reuters".
const VIA_ONLY = /^(?:quoted by|as quoted by|cited by|citeret af)$/i;
// "is likely to be asked", "member states", "the reports": a verb cue after these is passive or a noun.
const NOT_A_CUE_AFTER = /(?:^|\s)(?:be|been|being|is|was|are|were|the|a|an|these|those|his|her|their|its|member|news|press|media|blive|bliver|blev)\s+$/iu;
// "Det erfarer VG": a pronoun subject that points at the sentence before.
const BACK = /^(?:det|dette|this|that|so|så|that's what|sådan)$/iu;

interface Parts { speaker: [number, number] | null; content: [number, number]; rule: string }

// after the cue, only the speaker (ending in a name) and where the words came from: "..., erfarer Berlingske
// fra tre kilder", "..., fortæller reservelæge Jan Hansen fra hjerteafdelingen", "..., Reuters reported, citing two sources"
const CITED_AFTER = /^\s*(?:(?:[\p{L}\d.'’-]+\s+){0,3}\p{Lu}[\p{L}\d.'’-]*\s*,?\s+(?:fra|from|citing|med henvisning til)\s|,\s*(?:citing|med henvisning til)\s)/u;

const THAT_EN = /^\s*,?\s*(?:[\p{L}’'-]+,?\s+){0,5}?that,?\s+|^\s*[,:]\s*/iu;
const THAT_DA = /^\s*,?\s*(?:[\p{L}’'-]+,?\s+){0,5}?(?:that|at),?\s+|^\s*[,:]\s*/iu;

/** Where speaker and content stand around a verb cue in the sentence [s, e). */
function aroundVerb(ctx: DocContext, s: number, e: number, c0: number, c1: number, prevSentence: [number, number] | null): Parts | null {
  const { text } = ctx;
  const pre = text.slice(s, c0);
  const after = text.slice(c1, e);
  if (!pre.trim() || BACK.test(pre.trim())) {
    const content: [number, number] | null = BACK.test(pre.trim()) ? prevSentence : null;
    return content ? { speaker: phraseAfter(text, c1, e), content, rule: 'claims/refers-back' } : null;
  }
  const comma = pre.lastIndexOf(',');
  // ("..., erfarer Berlingske fra tre kilder i partiet", "..., Reuters reported, citing two sources": the
  // speaker's own sources after it are no content)
  const tailWords = CITED_AFTER.test(after) ? 0 : words(after.replace(/^\s*(?:that|at)\b/i, ''), 6);
  if (comma >= 0 && (tailWords < 6 || /^[\s]*[.!?]?\s*$/.test(after))) {
    const between = text.slice(s + comma + 1, c0);
    const speaker = between.trim() ? phraseBefore(text, s + comma + 1, c0) : phraseAfter(text, c1, e);
    return { speaker, content: [s, s + comma], rule: between.trim() ? 'claims/content-before' : 'claims/content-before-inverted' };
  }
  // the complementizer of the text's language: Danish "at" is an English preposition ("continuity at the bank")
  const that = (ctx.language === 'da' ? THAT_DA : THAT_EN).exec(after);
  const from = c1 + (that ? that[0].length : after.length - after.trimStart().length);
  // "X resigned on Thursday, just six weeks after taking office, saying ...": a participle's speaker
  // is the subject of the clause it hangs on, not the phrase before its comma
  const participle = PARTICIPLE.has(text.slice(c0, c1).toLowerCase()) && /,\s*$/.test(pre);
  return { speaker: participle ? firstMention(text, s, c0) : phraseBefore(text, s, c0), content: [from, e], rule: 'claims/content-after' };
}

// English verbs whose next phrase is the one addressed, not the speaker ("The panel told members that ...")
const ADDRESSEE_VERB = /^(?:told|tells?|telling|informed|informs|assured|assures|warned|warns|reminded|reminds|briefed|briefs|advised|notified|accuse[sd]?|accusing)$/iu;

/**
 * "Ugen før skrev det norske medie NRK, at ...": a verb-second clause puts the subject after the cue.
 * Not after a verb that takes an addressee: "The panel of three ambassadors told members that ..."
 * does not make "members" the source.
 */
function invertedSubject(ctx: DocContext, e: number, c0: number, c1: number): Parts | null {
  if (ADDRESSEE_VERB.test(ctx.text.slice(c0, c1))) return null;
  const speaker = phraseAfter(ctx.text, c1, e);
  if (!speaker) return null;
  const rest = ctx.text.slice(speaker[1], e);
  const that = /^\s*,?\s*(?:that|at)\s+/iu.exec(rest);
  return that ? { speaker, content: [speaker[1] + that[0].length, e], rule: 'claims/inverted-subject' } : null;
}

// "Ifølge Ritzau præsenterer den nye statsminister ...": Danish puts the verb right after the phrase (verb second)
const VERB_SECOND = /^\s+(?!(?:og|eller|i|på|fra|til|med|af|om|for|and|or|of|in|on|at|from|to|with)(?![\p{L}]))\p{Ll}/u;

/** An outlet that opens the phrase and is followed by a lower-case word: the phrase is the outlet alone. */
function outletThenVerb(ctx: DocContext, phrase: [number, number]): [number, number] {
  if (ctx.language !== 'da') return phrase; // ("according to the BBC poll, ...": English keeps the phrase)
  const o = findOutlets(ctx.text, phrase[0], phrase[1])[0];
  return o && o.start === phrase[0] && o.end < phrase[1] && VERB_SECOND.test(ctx.text.slice(o.end, phrase[1])) ? [o.start, o.end] : phrase;
}

/** "according to Xyz, ..." / "..., ifølge VG." */
function aroundPhrase(ctx: DocContext, s: number, e: number, c0: number, c1: number): Parts | null {
  const found = phraseAfter(ctx.text, c1, e);
  if (!found) return null;
  const speaker = outletThenVerb(ctx, found);
  const pre = ctx.text.slice(s, c0).replace(/[\s,]+$/u, '');
  if (!pre.trim() || /^(?:but|and|men|og)$/i.test(pre.trim())) {
    const rest = ctx.text.slice(speaker[1], e);
    const skip = rest.length - rest.replace(/^[\s,]+/, '').length;
    return { speaker, content: [speaker[1] + skip, e], rule: 'claims/according-to-first' };
  }
  const tail = words(ctx.text.slice(speaker[1], e), 4);
  return { speaker, content: tail > 3 ? [s, e] : [s, s + pre.length], rule: 'claims/according-to' };
}

// "..., erfarer Berlingske fra tre kilder i partiet", "..., Reuters reported, citing two sources familiar with the talks"
const CITING = /^\s*,?\s*(?:fra|from|citing|med henvisning til)\s+$/iu;

/**
 * An outlet that names its own unnamed sources right after it passes their word on: the claim's
 * source is those sources, and the outlet is the one it came through (the reporting chain).
 */
function citedBy(ctx: DocContext, speaker: Speaker, after: number, e: number): Speaker | null {
  if (speaker.kind !== 'outlet' || !speaker.name) return null;
  const a = findAnonymous(ctx.text, after, e)[0];
  if (!a || !CITING.test(ctx.text.slice(after, a.start))) return null;
  const span = ctx.span(a.start, a.end);
  return { name: null, kind: 'anonymous', text: span.text, start: span.start, end: span.end, via: speaker.name };
}

// ", David Walker of New Zealand" right after a described speaker
const APPOSED = /^\s*,\s*((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+)/u;

/** A person's name in apposition right after the speaker's description, resolved, or null. */
function apposedName(ctx: DocContext, people: PersonFact[], after: number, e: number, mem: Memory): Speaker | null {
  const m = APPOSED.exec(ctx.text.slice(after, e));
  if (!m) return null;
  const s = after + m[0].length - m[1].length;
  const sp = resolveSpeaker(ctx, people, s, s + m[1].length, mem);
  return sp.kind === 'person' && sp.person ? sp : null;
}

function trimEnd(text: string, s: number, e: number): [number, number] {
  while (e > s && /[\s.,;:!?]/.test(text[e - 1])) e--;
  while (s < e && /\s/.test(text[s])) s++;
  return [s, e];
}

export function findClaims(ctx: DocContext, people: PersonFact[], mem: Memory, quotes: Found[]): { claims: ClaimFact[]; attributed: Attributed[] } {
  const { text } = ctx;
  const claims: ClaimFact[] = []; const attributed: Attributed[] = [];
  const inQuote = (i: number): boolean => quotes.some((f) => f.q.open <= i && i < f.q.close);
  const quoteCue = new Set(quotes.map((f) => f.att?.cue[0]).filter((x) => x !== undefined));
  let qi = 0; let prev: [number, number] | null = null;
  for (const sent of ctx.sentences) {
    if (sent.end <= ctx.bodyStart) continue;
    const s = sent.start; const e = sent.end;
    // direct claims: the attributed quotations that end in this sentence
    for (; qi < quotes.length && quotes[qi].q.close <= e + 1; qi++) {
      const f = quotes[qi];
      if (!f.att || f.speaker.kind === 'unknown') continue;
      remember(mem, f.speaker);
      // a partial quotation's claim is the statement it stands in ("said the plan was a “fair deal” for all")
      const content = f.partial ? trimEnd(text, ...statementSpan(text, f.q, f.att)) : [f.q.start, f.q.end] as [number, number];
      claims.push(makeClaim(ctx, f.speaker, f.att.cue, content, true, f.rule));
    }
    for (const m of cuesIn(text, s, e)) {
      const c0 = m.start; const c1 = m.end;
      const before = text.slice(Math.max(s, c0 - 20), c0);
      const noun = NOT_A_CUE_AFTER.test(before) || (POSSESSIVE.test(before) && !NEVER_NOUN.test(m.cue));
      if (inQuote(c0) || quoteCue.has(c0) || VIA_ONLY.test(m.cue) || noun) continue;
      if (quotes.some((f) => f.q.open >= s && f.q.close <= e && f.att && f.att.cue[0] === c0)) continue;
      const parts = PHRASE_SET.has(m.cue.toLowerCase()) ? aroundPhrase(ctx, s, e, c0, c1) : aroundVerb(ctx, s, e, c0, c1, prev);
      if (!parts || !parts.speaker) continue;
      const content = trimEnd(text, parts.content[0], parts.content[1]);
      if (words(text.slice(content[0], content[1]), 3) < 3) continue;
      let speaker = resolveSpeaker(ctx, people, parts.speaker[0], parts.speaker[1], mem);
      // "according to the WTO's general council chair, David Walker of New Zealand": the name in apposition speaks
      const named = speaker.kind !== 'person' ? apposedName(ctx, people, parts.speaker[1], e, mem) : null;
      if (named) {
        speaker = named; parts.speaker = [named.start ?? parts.speaker[0], parts.speaker[1]];
        // (what stands before "according to" is then the content, not the whole sentence)
        if (parts.rule === 'claims/according-to' && parts.content[1] > c0) parts.content = [s, s + text.slice(s, c0).replace(/[\s,]+$/u, '').length];
      }
      const inv = speaker.kind === 'unknown' ? invertedSubject(ctx, e, c0, c1) : null;
      if (inv && inv.speaker) { parts.speaker = inv.speaker; parts.content = inv.content; parts.rule = inv.rule; speaker = resolveSpeaker(ctx, people, inv.speaker[0], inv.speaker[1], mem); }
      if (speaker.kind === 'unknown') continue;
      const via = findVia(text, s, e, parts.speaker);
      const sp = citedBy(ctx, speaker, Math.max(parts.speaker[1], c1), e) ?? (via && via.name !== speaker.name ? { ...speaker, via: via.name } : speaker);
      remember(mem, sp);
      attributed.push({ speaker: sp, at: parts.speaker[0], sentence: [s, e] });
      // (the content as the speaker's reading left it: an apposed name or an inverted subject moves it)
      claims.push(makeClaim(ctx, sp, [c0, c1], trimEnd(text, parts.content[0], parts.content[1]), false, parts.rule));
      break;
    }
    prev = [s, e];
  }
  return { claims, attributed };
}

function makeClaim(ctx: DocContext, sp: Speaker, cue: [number, number], content: [number, number], direct: boolean, rule: string): ClaimFact {
  const span = ctx.span(content[0], content[1]);
  const sentence = ctx.evidence(rule, content[0]).sentenceText;
  const { certainty, hedges } = certaintyOf(direct ? span.text : `${sentence}`, ctx.language);
  return {
    source: { name: sp.name, kind: sp.kind, text: sp.text }, via: sp.via ?? null,
    cue: ctx.span(cue[0], cue[1]), content: span, certainty, hedges, direct, evidence: ctx.evidence(rule, cue[0]),
  };
}
