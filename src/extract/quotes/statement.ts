import { POSSESSIVE, type Attribution } from './attribution.js';
import { sentenceStart } from './breaks.js';
import { cuesIn, NAMING, PHRASE_SET, WORD_NOUN_BEFORE } from './lexicon.js';
import type { RawQuote } from './pieces.js';
import { countLetters as letters, countWords as words } from './words.js';

/**
 * How much of the statement a quotation's attribution reports the quoted words make. A phrase in
 * quotation marks inside a reported clause ("Xyz said the plan was a “fair deal” for everyone")
 * is the speaker's wording of a few words; the statement is the whole clause, which the claim
 * keeps. Where the quoted words are only a small part of it, the quotation is a quoted term
 * rather than a quotation of what was said. Shares count letters and digits, not words, so
 * "a", "as" and "the" weigh little and long words much, as they do in what the words say.
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
// "told Abc on Monday that ...": the complementiser that opens the reported clause
const THAT = /(?<![\p{L}])(?:that|at)(?![\p{L}])/iu;

// After the quotation, a semicolon, a dash or a comma before a new clause ends the statement
const CLAUSE_BREAK = /[;—–]|,\s+(?:and|but|while|as|although|though|which|who|whereas)\b|\s+and\s+(?:then\s+)?\p{Ll}+ed\b/u;

/**
 * The end of the statement after a quotation closing at `close`: a clause break or the next cue, within the sentence.
 * A cue word right after the closing mark is the verb of the clause the quoted words stand in, not a
 * second attribution: "Xyz said the advertisement “unmistakably and wrongfully” suggests that ...".
 */
function clauseEnd(text: string, close: number, to: number): number {
  const m = CLAUSE_BREAK.exec(text.slice(close, to));
  const next = cuesIn(text, close, to).find((c) => !/^\s*$/.test(text.slice(close, c.start)));
  return Math.min(m ? close + m.index : to, next ? next.start : to);
}

// "called for", "called on Xyz to": a naming verb with these particles asks for something instead
const NOT_NAMING = /^\s+(?:for|on|off|up|upon|out)\b/iu;
// "a “warning sign” to his supporters", "a “friend” of its members": a phrase that completes the quoted noun
const COMPLEMENT = /^[\s,]*(?:of|to|for|against|toward|towards|af|til|mod)\b/iu;
const DETERMINER_AFTER = /^\s+(?:the|a|an|his|her|their|its|our|this|these|those|den|det|de|en|et|sin|sit|sine)(?![\p{L}])/iu;
// "a “strong” contender", "“reckless” actions": up to two lower-case words that are not function words
const NOUN_AFTER = /^(?:\s+(?!(?:but|and|or|nor|in|on|at|by|with|from|to|for|of|as|that|which|who|when|while|after|before|since|because|if|than|during|over|under|about|is|was|were|are|be|has|had|have|will|would|og|eller|men|i|på|med|fra|til|af|som|der|da|når|efter|før|er|var|har|havde|vil)(?![\p{L}]))\p{Ll}[\p{Ll}-]*){1,2}/u;
const COORDINATED_CUE = /(?:^|[\s,])(?:and|but|then|og|men)\s+(?:\p{L}+\s+)?$|,\s*$/u;
// "accused Xyz of “reckless adventurism”": the charge is what was said, not whom it was said of
const ACCUSING = /^(?:accus|anklag|beskyld)/iu;
const CHARGE = /(?<![\p{L}])(?:of|for)\s/iu;
// "what Xyz called", "what the two leaders have described as": "what", then a subject of up to five words
const WHAT_BEFORE = /(?<![\p{L}])(?:what|hvad)\s+(?:[\p{L}\p{N}.'’-]+\s+){1,5}$/iu;

/**
 * "called Xyz a “disgrace” on Tuesday", "described the plan as “a fraud”", "likened Xyz to a
 * “snake”": a naming verb's statement is its object and the quoted name it gives it, with a
 * phrase that completes the name ("a “warning sign” to voters"), not the clause around it.
 */
function namingStatement(text: string, q: RawQuote, c0: number, c1: number, to: number): [number, number] {
  const charge = ACCUSING.test(text.slice(c0, c1)) ? CHARGE.exec(text.slice(c1, q.open)) : null;
  // "condemned what Xyz called “fraud”": the thing named is the fronted "what", so the statement opens there
  const from = Math.max(0, c0 - 60);
  const what = WHAT_BEFORE.exec(text.slice(from, c0));
  const start = what ? from + what.index : charge ? c1 + charge.index : c1;
  if (COMPLEMENT.test(text.slice(q.close, to))) return [start, to];
  // "called Xyz a “strong” contender but ...": the noun the quoted words qualify
  const noun = NOUN_AFTER.exec(text.slice(q.close, to));
  return [start, q.close + (noun?.[0].length ?? 0)];
}

/** The reported statement [start, end) around quotation `q`, and the letters of an attribution standing inside it. */
function statementOf(text: string, q: RawQuote, att: Attribution): [number, number, number] {
  const from = sentenceStart(text, q.open, Math.max(0, q.open - 600));
  // "“It was a “fraud,” he said": punctuation closing the quoted words closes the clause they stand in
  const to = /[,;:?!]$/.test(text.slice(q.start, q.end)) ? q.close : clauseEnd(text, q.close, sentenceEnd(text, q.close));
  const [c0, c1] = att.cue;
  const [s0, s1] = att.speaker ?? att.cue;
  // "Xyz is “very sharp,” Abc wrote, and “hard to read”": the sentence less the attribution inside the quotation
  if (q.middle && q.middle[0] <= c0 && c1 <= q.middle[1]) return [from, to, letters(text.slice(q.middle[0], q.middle[1]))];
  if (c0 >= q.close) {
    // "... “fair deal” for everyone, Xyz said": the statement runs from the sentence start to the attribution
    return [from, Math.min(c0, s0 >= q.close ? s0 : c0), 0];
  }
  if (PHRASE_SET.has(text.slice(c0, c1).toLowerCase().replace(/\s+/g, ' '))) {
    // "Any supplies, according to Xyz, would be “legitimate targets”": the sentence less the phrase
    return [from, to, letters(text.slice(Math.min(c0, s0), Math.max(c1, s1)))];
  }
  // "Xyz praised the plan and said it was “a fair deal”": the clause opens at the last cue before the quotation
  // (a cue word after a coordinator: "late-night tweets targeting ..." holds a noun, not a second verb)
  const last = cuesIn(text, c1, q.open).filter((c) => COORDINATED_CUE.test(text.slice(Math.max(c1, c.start - 24), c.start))).at(-1);
  const [k0, k1] = last ? [last.start, last.end] : [c0, c1];
  if (NAMING.has(text.slice(k0, k1).toLowerCase()) && !NOT_NAMING.test(text.slice(k1, k1 + 8))) return [...namingStatement(text, q, k0, k1, to), 0];
  // "Xyz said (that) the plan was a “fair deal”": from after the cue to the sentence end; "told
  // Abc on Monday that ...": the clause opens at "that", after the hearer and the time
  const rest = text.slice(k1, q.open);
  const that = THAT.exec(rest);
  if (that && letters(rest.slice(0, that.index)) <= 60) return [k1 + that.index, to, 0];
  return [k1 + (OPENER.exec(rest)?.[0].length ?? 0), to, 0];
}

/**
 * Below this share of its statement a partial quotation is a quoted term: "called Xyz a “disgrace”
 * after the vote in the Senate on Tuesday". A quarter keeps a quoted predicate such as "Any
 * supplies, according to Xyz, would be “legitimate targets” for the army".
 */
const MIN_SHARE = 0.25;

/** A partial quotation too small a part of the statement it stands in to be a quotation of it. */
export const isQuotedTerm = (text: string, q: RawQuote, att: Attribution): boolean => quotedShare(text, q, att) < MIN_SHARE;

const isLabel = (text: string, q: RawQuote): boolean => q.parts.length === 1 && words(text.slice(q.start, q.end), 5) <= 4
  && POSSESSIVE.test(text.slice(Math.max(0, q.open - 40), q.open));

/**
 * "... the main requirement is a “lawful source of income,” as a government memo put it": "as Xyz put
 * it" credits Xyz with the wording of the quoted words, which are then all the statement.
 */
const PUT_IT = /^puts?\s+it$/iu;
const AS_BEFORE = /(?<![\p{L}])as\s+$/iu;
function creditsWording(text: string, att: Attribution): boolean {
  const at = att.speaker?.[0] ?? att.cue[0];
  return PUT_IT.test(text.slice(att.cue[0], att.cue[1])) && AS_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}

/** The share (0-1) of the letters of the statement that the quotation holds. */
export function quotedShare(text: string, q: RawQuote, att: Attribution): number {
  // "what he called Xyz’s “sex tape”", "Abc's "reckless, provocative" actions": a few words in marks right
  // after a possessive are a label inside the writer's noun phrase, not what was said (not "Xyz’s “latest
  // outburst is unhinged, even for him,”" a statement that only opens with the possessor)
  if (isLabel(text, q)) return 0;
  // "Xyz has used the phrase “...” often": the words quoted are what is reported (not "the words “split”
  // the old from the new", where the quoted word is the verb of a clause that goes on)
  if (WORD_NOUN_BEFORE.test(text.slice(Math.max(0, q.open - 24), q.open)) && !DETERMINER_AFTER.test(text.slice(q.close, q.close + 8))) return 1;
  if (creditsWording(text, att)) return 1;
  const [s, e, less] = statementOf(text, q, att);
  // the quotation's letters, less an attribution that interrupts it
  const inside = letters(text.slice(q.start, q.end)) - (q.middle ? letters(text.slice(q.middle[0], q.middle[1])) : 0);
  const all = Math.max(inside, letters(text.slice(s, e)) - less);
  return all ? inside / all : 1;
}

/** The statement a partial quotation stands in ("the plan was a “fair deal” for everyone"), for its claim. */
export function statementSpan(text: string, q: RawQuote, att: Attribution): [number, number] {
  const [s, e] = statementOf(text, q, att);
  return [Math.min(s, q.open), Math.max(e, q.close)];
}
