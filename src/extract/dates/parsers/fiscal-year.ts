import type { Parser, ParsingContext } from 'chrono-node';
import { tagTimex } from '../tags.js';

/**
 * A company's year named by its closing day: "revenue of $76 million for the year ended March 31",
 * "in the fiscal year ending June 30, 1990" -> "the year" is a stretch of a year (P1Y); the day
 * after it is a date of its own. English only (data-free: the words are the phrase).
 */
const PATTERN = /(?<![A-Za-z])the\s+(?:(?:fiscal|financial|full|business)\s+)?year(?=\s+(?:ended|ending|that\s+ended|to)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d|\d))/i;

export function createFiscalYearParser(): Parser {
  return {
    pattern: (): RegExp => PATTERN,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      return tagTimex(context.createParsingResult(match.index ?? 0, match[0]), { value: 'P1Y', type: 'DURATION', rule: 'fiscal-year' });
    },
  };
}
