import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';
import { monthValue } from '../calendar.js';
import { yearFrom, yearTail } from './quarter.js';
import { refDay } from './relative-period.js';

/**
 * Month names with an optional day before and a year after, for locales chrono lacks (Danish):
 * "21. februar 2024", "den 3. marts", "februar 2022", "september", "september sidste år".
 * Also serves English for "January this year" (chrono reads only "January" there).
 * A month without a year takes the reference year; the direction refiner picks past or future.
 */
export function createMonthNameParser(lex: DateLexicon, requireRelativeYear = false): Parser {
  const months = alternation(Object.keys(lex.months));
  // a required year phrase: the pattern then matches only what the parser keeps (no wasted matches)
  const tail = requireRelativeYear ? yearTail(lex).replace(/\)\?$/, ')') : yearTail(lex);
  const pattern = new RegExp(`${LB}(?:(\\d{1,2})\\.?\\s+)?(${months})\\.?${tail}${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const month = lookup(lex.months, match[2]);
      if (!month) return null;
      // (chrono reads "January 1997" itself, but not a year in words: "January nineteen ninety-seven")
      if (requireRelativeYear && !match[3] && !(match[4] && !/^\d/.test(match[4]))) return null;
      // "maj" and "marts" are also ordinary words only when lower-case mid-sentence with no day or year
      if (!match[1] && !match[3] && !match[4] && match[2].length <= 3) return null;
      const day = match[1] ? Number(match[1]) : undefined;
      if (day !== undefined && (day < 1 || day > 31)) return null;
      const { year, anchored } = yearFrom(lex, context, match[3], match[4]);
      const text = match[0].replace(/[.\s]+$/, '');
      const components = context.createParsingComponents({ month, ...(day ? { day } : {}) });
      if (anchored && !match[3]) components.imply('year', year); else components.assign('year', year);
      if (!day) components.imply('day', 1);
      const result = context.createParsingResult(match.index ?? 0, text, components);
      return tagTimex(result, { grain: day ? 'day' : 'month', anchored, rule: 'month-name' });
    },
  };
}

/**
 * A month after a relative word: "last May" -> the latest May before the document's month
 * (1997-05 written in March 1998), "next March", "this July"; "sidste maj", "næste marts".
 */
export function createRelativeMonthParser(lex: DateLexicon): Parser {
  const words = Object.keys(lex.relative).filter((k) => !/\s/.test(k) && k !== 'the' && k !== 'i' && Math.abs(lex.relative[k]) <= 1);
  const pattern = new RegExp(`${LB}(${alternation(words)})\\s+(${alternation(Object.keys(lex.months))})${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const n = lookup(lex.relative, match[1]);
      const month = lookup(lex.months, match[2]);
      if (n === undefined || !month) return null;
      // where month names are proper nouns, "this march" and "last may" are no months
      if (lex.monthsCapitalised && !/^[A-Z]/.test(match[2])) return null;
      const ref = refDay(context);
      const year = n < 0 ? (month < ref.month ? ref.year : ref.year - 1) : n > 0 ? (month > ref.month ? ref.year : ref.year + 1) : ref.year;
      return tagTimex(context.createParsingResult(match.index ?? 0, match[0]), { value: monthValue(year, month), type: 'DATE', anchored: true, needs: 'year', rule: 'relative-month' });
    },
  };
}
