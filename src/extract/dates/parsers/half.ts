import type { Parser, ParsingContext } from 'chrono-node';
import { pad } from '../calendar.js';
import { alternation, lookup, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';
import { yearFrom, yearTail } from './quarter.js';

/**
 * A half year with its year: "earnings for the last half of 1989" -> 1989-H2, "the first half of next
 * year" -> 2024-H1, "første halvår af 2024". Without a year ("the first half") the half is left alone:
 * it is as often a half of a match or of a decade. Words from data/dates-<lang>.json (halves).
 */
export function createHalfParser(lex: DateLexicon): Parser | null {
  const halves = lex.halves ?? {};
  if (!Object.keys(halves).length) return null;
  const pattern = new RegExp(`${LB}(?:the\\s+)?(${alternation(Object.keys(halves))})${yearTail(lex)}${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const [, name, relPhrase, absolute] = match;
      const half = lookup(halves, name);
      if (!half || (!relPhrase && !absolute)) return null;
      const { year, anchored } = yearFrom(lex, context, relPhrase, absolute);
      const result = context.createParsingResult(match.index ?? 0, match[0]);
      return tagTimex(result, { value: `${pad(year, 4)}-H${half}`, type: 'DATE', anchored, needs: 'year', rule: 'half' });
    },
  };
}
