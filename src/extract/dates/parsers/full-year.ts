import type { Parser, ParsingContext } from 'chrono-node';
import { pad } from '../calendar.js';
import { tagTimex } from '../tags.js';
import { refDay } from './relative-period.js';

/**
 * The year a company reports on as a whole: "Kellogg forecast an earnings increase for the full
 * year" -> the document's year (the year of the quarter reported, once the financial refiner knows
 * it). "The full year ended June 30" is the fiscal-year parser's. English only (data-free: the
 * words are the phrase, as in fiscal-year.ts).
 */
const PATTERN = /(?<![A-Za-z])the\s+full\s+year(?![A-Za-z-])(?!\s+(?:ended|ending|that\s+ended|to)\s)/i;

export function createFullYearParser(): Parser {
  return {
    pattern: (): RegExp => PATTERN,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const result = context.createParsingResult(match.index ?? 0, match[0]);
      return tagTimex(result, { value: pad(refDay(context).year, 4), type: 'DATE', anchored: true, needs: 'year', rule: 'full-year' });
    },
  };
}
