import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';

/** TIMEX3 duration value for an amount of a unit ("nine", "years" -> "P9Y"); null amount = vague "PXY". */
export function durationValue(amount: number | null, unit: string): string {
  const n = (k: number): string => (amount == null ? 'X' : String(+(amount * k).toFixed(2)));
  switch (unit) {
    case 'DE': return `P${n(10)}Y`;
    case 'CE': return `P${n(100)}Y`;
    case 'Q': return `P${n(1)}Q`;
    case 'WE': return `P${n(2)}D`;
    case 'H': return amount != null && amount % 1 ? `PT${Math.floor(amount)}H${Math.round((amount % 1) * 60)}M` : `PT${n(1)}H`;
    case 'MIN': return `PT${n(1)}M`;
    case 'S': return `PT${n(1)}S`;
    case 'Y': return amount != null && amount % 1 ? `P${Math.floor(amount)}Y${Math.round((amount % 1) * 12)}M` : `P${n(1)}Y`;
    default: return `P${n(1)}${unit}`;
  }
}

/** Reads an amount: a digit string, "5 1/2", a number word, or null for a vague word ("several"). */
export function amountOf(lex: DateLexicon, raw: string): number | null | undefined {
  const s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const m = /^(\d+(?:[.,]\d+)?)(?: 1\/2)?$/.exec(s);
  if (m) return Number(m[1].replace(',', '.')) + (s.endsWith('1/2') ? 0.5 : 0);
  const word = lookup(lex.numbers, s);
  if (word !== undefined) return word;
  const parts = s.split(/[\s-]/);
  if (parts.length === 2 && lex.tens.includes(parts[0])) {
    const [a, b] = [lookup(lex.numbers, parts[0]), lookup(lex.numbers, parts[1])];
    if (a !== undefined && b !== undefined && b < 10) return a + b;
  }
  return lex.vagueNumbers.includes(s) ? null : undefined;
}

/**
 * "for nine years" -> "nine years" P9Y; "the past two months" -> P2M; "a 16-hour session" -> PT16H;
 * "et år mere" -> P1Y; "about two weeks" -> P2W mod APPROX; "for years" -> PXY.
 * The preposition before the amount is left out of the span, as TimeML marks it.
 */
export function createDurationParser(lex: DateLexicon): Parser {
  // "twenty four", "twenty-four": a tens word may join a units word
  // (with no tens words, as in Danish, no such group: an empty one would let a bare "\n" lead the span)
  const tens = lex.tens.length ? `(?:(?:${alternation(lex.tens)})[\\s-])?` : '';
  const numbers = `${tens}(?:${alternation([...Object.keys(lex.numbers), ...lex.vagueNumbers])})`;
  const units = alternation(Object.keys(lex.units));
  const approx = alternation(Object.keys(lex.approximators));
  const rel = alternation(lex.relativeAsDuration);
  const tail = alternation(lex.durationTail);
  const notAfter = alternation(lex.notDurationAfter);
  // "two more weeks", "20 more years", "to uger mere" has it after
  const more = alternation(lex.durationMore?.length ? lex.durationMore : ['more']);
  const pattern = new RegExp(
    `${LB}(?:(${approx})\\s+)?(?:(${rel})\\s+)?(\\d{1,3}(?:[.,]\\d+)?(?:\\s+1/2)?|${numbers})(?:\\s+(?:${more}))?(?:\\s+|-)(${units})(?:\\s+(${tail}))?${RB}`
    + `(?!-old|-\\w|\\s+(?:${notAfter})${RB})`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const amount = amountOf(lex, match[3]);
      const unit = lookup(lex.units, match[4]);
      if (amount === undefined || !unit) return null;
      // "three-quarters of the votes", "three quarters of the members" are shares, not three quarters
      // of a year ("several quarters of growth" is a stretch of time)
      if (unit === 'Q' && /^\s+of\b/.test(context.text.slice((match.index ?? 0) + match[0].length)) && amount !== null && amount <= 3) return null;
      // "a day" / "a year" alone are too often part of a set ("once a year") or an idiom;
      // a single article needs a lead word ("for a year", "another year") or a tail ("a year more").
      const bare = /^(a|an|en|et)$/i.test(match[3].trim()) && !match[1] && !match[5] && !hasLead(context, match.index ?? 0);
      if (bare) return null;
      // "a second five-year term", "for a second time": the ordinal, not a second of time
      if (/^second$/i.test(match[4]) && SECOND_ORDINAL.test(context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 20))) return null;
      const mod = match[1] ? lookup(lex.approximators, match[1]) : undefined;
      const result = context.createParsingResult(match.index ?? 0, match[0]);
      return tagTimex(result, { value: durationValue(amount, unit), type: 'DURATION', mod, rule: 'duration' });
    },
  };
}

/** What follows "a second" when it is the ordinal ("a second five-year term"), not a second of time. */
export const SECOND_ORDINAL = /^[\s-]+(?!(?:ago|later|earlier|or|and|of|in|before|after|longer|more|to|too|that|when)\b)[\p{L}\d]/u;

/** "for a year", "by a year", "in a year", "med et år": the word before a bare "a year". */
function hasLead(context: ParsingContext, at: number): boolean {
  return /(?:^|\s)(?:for|by|in|within|after|over|than|med|i|på|om|gennem|til)\s+$/i.test(context.text.slice(Math.max(0, at - 12), at));
}
