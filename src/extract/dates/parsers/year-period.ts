import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';

/**
 * A year naming a report period: "In the 1988 period, the company earned $20.6 million",
 * "down from the 1988 quarter". On its own the year ("1988"); in a report about a quarter the
 * financial refiner (refiners/financial.ts) makes it that quarter of the year ("1988-Q3").
 * The period nouns are the year-back units of data/dates-<lang>.json ("quarter", "period").
 */
export function createYearPeriodParser(lex: DateLexicon): Parser | null {
  const units = (lex.yearBackUnits ?? []).filter((u) => !u.endsWith('s'));
  if (!units.length) return null;
  const pattern = new RegExp(`${LB}the\\s+(1[89]\\d\\d|20\\d\\d)\\s+(?:${alternation(units)})${RB}(?!-)`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const result = context.createParsingResult(match.index ?? 0, match[0]);
      return tagTimex(result, { value: match[1], type: 'DATE', rule: 'year-period' });
    },
  };
}
