import type { Parser, ParsingContext } from 'chrono-node';
import type { DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';

/**
 * A year on its own: "since 2014" -> "2014", "in 1995"; a decade: "the 1990s", "1990'erne" -> 199.
 * Not amounts ("$2014", "2,014", "2014 people" still passes: a bare year is a year far more often),
 * nor the end of a range ("1992-1995" gives "1992" only), but "mid-1996", "post-1959" are years.
 * Weak: a longer chrono date that contains it ("September 30, 2023") wins. A year before a
 * capitalised name head is part of a name, no date: "the 1922 Committee", "the 1900 Club".
 */
const PATTERN = /(?:(?<![\d$£€.,:/#-])|(?<=(?:mid|pre|post)-))(?:the\s+)?(1[6-9]\d\d|20\d\d)(s|['’]s|['’]erne)?(?![\d%]|[.,:/-]\d|\s*(?:%|percent|per\s+cent))/i;

export function createYearParser(lex: DateLexicon): Parser {
  const named = lex.yearNamedHeads?.length ? new RegExp(`^\\s+(?:${lex.yearNamedHeads.join('|')})(?![\\p{L}\\p{N}])`, 'u') : null;
  return {
    pattern: (): RegExp => PATTERN,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const end = (match.index ?? 0) + match[0].length;
      if (named && !match[2] && named.test(context.text.slice(end, end + 24))) return null;
      const year = Number(match[1]);
      const result = context.createParsingResult(match.index ?? 0, match[0]);
      // TimeML values a decade by its first three digits ("199"), as TimeBank does
      if (match[2]) return tagTimex(result, { value: String(year).slice(0, 3), type: 'DATE', rule: 'decade', weak: true });
      const trimmed = context.createParsingResult((match.index ?? 0) + match[0].indexOf(match[1]), match[1], { year });
      return tagTimex(trimmed, { grain: 'year', rule: 'year', weak: true });
    },
  };
}
