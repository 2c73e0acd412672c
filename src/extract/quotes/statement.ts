import type { Attribution } from './attribution.js';
import { sentenceStart } from './breaks.js';
import { cuesIn, PHRASE_SET } from './lexicon.js';
import type { RawQuote } from './pieces.js';
import { countWords as words } from './words.js';

/**
 * How much of the statement a quotation's attribution reports the quoted words make. A phrase in
 * quotation marks inside a reported clause ("Xyz said the plan was a “fair deal” for everyone")
 * is the speaker's wording of a few words; the statement is the whole clause, which the claim
 * keeps. Where the quoted words are only a small part of it, the quotation is a quoted term
 * rather than a quotation of what was said.
 */

// The end of the sentence holding `from`: a terminator (and a closing mark) before a capital, or the line end.
function sentenceEnd(text: string, from: number): number {
  const end = lineEnd(text, from);
  const m = /[.!?](?=["”»’]?\s+["“«]?[\p{Lu}])/u.exec(text.slice(from, end));
  return m ? from + m.index + 1 : end;
}
const lineEnd = (text: string, from: number): number => { const i = text.indexOf('\n', from); return i < 0 ? text.length : i; };

// "said that", "called it", "described Xyz as": the words that open the reported clause are not part of it
const OPENER = /^[\s,:;—–-]*(?:that\b|at\b)?[\s,]*/iu;

// After the quotation, a semicolon, a dash or a comma before a new clause ends the statement
const CLAUSE_BREAK = /[;—–]|,\s+(?:and|but|while|as|although|though|which|who|whereas)\b|\s+and\s+(?:then\s+)?\p{Ll}+ed\b/u;

/** The end of the statement after a quotation closing at `close`: a clause break or the next cue, within the sentence. */
function clauseEnd(text: string, close: number, to: number): number {
  const m = CLAUSE_BREAK.exec(text.slice(close, to));
  const next = cuesIn(text, close, to)[0];
  return Math.min(m ? close + m.index : to, next ? next.start : to);
}

/** The reported statement [start, end) around quotation `q`, less its attribution where that stands inside. */
function statementOf(text: string, q: RawQuote, att: Attribution): [number, number, number] {
  const from = sentenceStart(text, q.open, Math.max(0, q.open - 600));
  const to = clauseEnd(text, q.close, sentenceEnd(text, q.close));
  const [c0, c1] = att.cue;
  const [s0, s1] = att.speaker ?? att.cue;
  if (c0 >= q.close) {
    // "... “fair deal” for everyone, Xyz said": the statement runs from the sentence start to the attribution
    return [from, Math.min(c0, s0 >= q.close ? s0 : c0), 0];
  }
  if (PHRASE_SET.has(text.slice(c0, c1).toLowerCase().replace(/\s+/g, ' '))) {
    // "Any supplies, according to Xyz, would be “legitimate targets”": the sentence less the phrase
    return [from, to, words(text.slice(Math.min(c0, s0), Math.max(c1, s1)))];
  }
  // "Xyz said (that) the plan was a “fair deal”": from after the cue to the sentence end
  const rest = text.slice(c1, q.open);
  return [c1 + (OPENER.exec(rest)?.[0].length ?? 0), to, 0];
}

/**
 * Below this share of its statement a partial quotation is a quoted term: "called Xyz a “disgrace”
 * after the vote in the Senate on Tuesday" (1 of 11 words). A sixth keeps a quoted predicate such as
 * "Any supplies, according to Xyz, would be “legitimate targets” for the army" (2 of 11).
 */
const MIN_SHARE = 0.15;

/** A partial quotation too small a part of the statement it stands in to be a quotation of it. */
export const isQuotedTerm = (text: string, q: RawQuote, att: Attribution): boolean => quotedShare(text, q, att) < MIN_SHARE;

/** The share (0-1) of the words of the statement that the quotation holds. */
export function quotedShare(text: string, q: RawQuote, att: Attribution): number {
  const [s, e, less] = statementOf(text, q, att);
  const inside = q.parts.reduce((n, p) => n + words(text.slice(p.start, p.end)), 0);
  const all = Math.max(inside, words(text.slice(s, e)) - less);
  return all ? inside / all : 1;
}
