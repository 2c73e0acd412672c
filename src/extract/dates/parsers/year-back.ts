import type { Parser, ParsingContext } from 'chrono-node';
import { pad } from '../calendar.js';
import { alternation, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';
import { refDay } from './relative-period.js';

/**
 * The comparison period of a company report: "the year-earlier quarter", "the year-ago period",
 * "year-earlier results" -> the year before the document's ("1988"); in a report about a quarter,
 * the financial refiner (refiners/financial.ts) makes it that quarter a year back ("1988-Q3").
 * Words from data/dates-<lang>.json (yearBack, yearBackLead, yearBackUnits).
 */
export function createYearBackParser(lex: DateLexicon): Parser | null {
  const words = lex.yearBack ?? [];
  if (!words.length) return null;
  const lead = alternation(lex.yearBackLead ?? []);
  const units = alternation(lex.yearBackUnits ?? []);
  const ords = alternation(Object.keys(lex.ordinals));
  const pattern = new RegExp(`${LB}((?:the\\s+)?(?:(?:${lead})\\s+)?)(${alternation(words)})${RB}(\\s+(?:(?:${ords})[\\s-]+)?(?:${units})${RB})?`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const value = pad(refDay(context).year - 1, 4);
      // "the year-earlier quarter" is one expression; in "the year-earlier results" the article is the noun's
      const [at, text] = match[3] ? [match.index ?? 0, match[0]] : [(match.index ?? 0) + match[1].length, match[2]];
      return tagTimex(context.createParsingResult(at, text), { value, type: 'DATE', anchored: true, needs: 'year', rule: 'year-back' });
    },
  };
}
