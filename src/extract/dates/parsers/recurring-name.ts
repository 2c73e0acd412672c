import type { Parser, ParsingContext } from 'chrono-node';
import { pad } from '../calendar.js';
import { alternation, lookup, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';

/**
 * A weekday or month that recurs: "the third flight departs each Thursday" -> SET XXXX-WXX-4,
 * "Orangemen march every July" -> SET XXXX-07; "hver mandag" -> XXXX-WXX-1. TimeML values a set
 * of named days by the name's place, the year and week left open (ISO weekdays: Monday 1, Sunday 7).
 * The words for "every" come from data/dates-<lang>.json (setEvery).
 */
export function createRecurringNameParser(lex: DateLexicon): Parser | null {
  const every = lex.setEvery ?? [];
  if (!every.length) return null;
  const names = alternation([...Object.keys(lex.weekdays), ...Object.keys(lex.months)]);
  const pattern = new RegExp(`${LB}(?:${alternation(every)})\\s+(${names})${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const weekday = lookup(lex.weekdays, match[1]);
      // "they each may vote": a lower-case "may" is no month where months are written with a capital
      const month = lex.monthsCapitalised && !/^\p{Lu}/u.test(match[1]) ? undefined : lookup(lex.months, match[1]);
      const value = weekday !== undefined ? `XXXX-WXX-${weekday === 0 ? 7 : weekday}` : month !== undefined ? `XXXX-${pad(month)}` : null;
      if (!value) return null;
      return tagTimex(context.createParsingResult(match.index ?? 0, match[0]), { value, type: 'SET', rule: 'recurring-name' });
    },
  };
}
