import type { Parser, ParsingContext } from 'chrono-node';
import { pad } from '../calendar.js';
import { alternation, lookup, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';
import { yearFrom, yearTail } from './quarter.js';
import { refDay } from './relative-period.js';

/** The month a season begins in (northern meteorological seasons). */
const START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * "sommeren næste år" -> 2024-SU, "last fall" -> 2022-FA, "this summer", "the summer of 2019", "i sommer".
 * A bare season ("in the spring") takes the document's year; "this past spring" the last one begun.
 */
export function createSeasonParser(lex: DateLexicon): Parser {
  const seasons = alternation(Object.keys(lex.seasons));
  const rel = alternation([...Object.keys(lex.relative), ...(lex.mostRecent ?? [])]);
  const pattern = new RegExp(`${LB}(?:(${rel})\\s+)?(?:the\\s+)?(${seasons})${yearTail(lex)}${RB}`, 'i');
  const mostRecent = new Set((lex.mostRecent ?? []).map((w) => w.toLowerCase()));
  const aheadRe = lex.seasonAhead?.length ? new RegExp(`${LB}(?:${alternation(lex.seasonAhead)})\\s+$`, 'i') : null;
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const code = lookup(lex.seasons, match[2]);
      if (!code) return null;
      // a bare season needs "the" or "in" before it: "prices fall" is no autumn
      const lead = context.text.slice(Math.max(0, (match.index ?? 0) - 8), match.index);
      // Danish "til foråret", "til sommer": the next one to begin after the document date
      const ahead = !match[1] && !match[3] && !match[4] && aheadRe !== null && aheadRe.test(lead);
      const bare = !match[1] && !match[3] && !match[4] && !ahead && !/(?:\bthe|\bin|\bi)\s+$/i.test(lead);
      if (bare && !/^the\s/i.test(match[0])) return null;
      let { year, anchored } = yearFrom(lex, context, match[3], match[4]);
      // "this past spring": the last one begun by the document date (spring starts in March)
      const n = match[1] && mostRecent.has(match[1].toLowerCase().replace(/\s+/g, ' ')) ? (START[code] <= refDay(context).month ? 0 : -1)
        : match[1] ? lookup(lex.relative, match[1]) : undefined;
      if (n !== undefined && !match[3] && !match[4]) year = refDay(context).year + n;
      if (ahead) year = refDay(context).year + (START[code] > refDay(context).month ? 0 : 1);
      const result = context.createParsingResult(match.index ?? 0, match[0]);
      return tagTimex(result, { value: `${pad(year, 4)}-${code}`, type: 'DATE', anchored, needs: 'year', rule: 'season' });
    },
  };
}
