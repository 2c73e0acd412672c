import type { Parser, ParsingContext } from 'chrono-node';
import { pad } from '../calendar.js';
import { alternation, lookup, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';
import { refDay } from './relative-period.js';

/**
 * Decades and centuries named without four digits, TimeML values cut to what they name:
 * "the nineties" -> 199, "the '80s" -> 198, "halvfemserne" -> 199, "the 20th century" -> 19,
 * "the nineteenth century" -> 18, "det 20. århundrede" -> 19. ("the 1990s" is the year parser's.)
 * A decade without its century is the latest one begun by the document's year (in 2023, "the
 * '20s" are the 2020s, "the '80s" the 1980s); with no document date, the 1900s.
 */
export function createDecadeParser(lex: DateLexicon): Parser | null {
  const decades = lex.decadeWords ?? {};
  const ordinals = lex.centuryOrdinals ?? {};
  const century = alternation(lex.centuryWords ?? []);
  if (!century) return null;
  const words = alternation(Object.keys(decades));
  const pattern = new RegExp(`${LB}(?:(?:the|det)\\s+)?(?:(${words})|['’](\\d)0['’]?s|(?:(\\d{1,2})(?:st|nd|rd|th|\\.)|(${alternation(Object.keys(ordinals))}))\\s+(?:${century}))${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const at = match.index ?? 0;
      const result = context.createParsingResult(at, match[0]);
      const n = match[3] ? Number(match[3]) : match[4] ? lookup(ordinals, match[4]) : undefined;
      if (n !== undefined) return n >= 1 && n <= 30 ? tagTimex(result, { value: pad(n - 1, 2), type: 'DATE', rule: 'century' }) : null;
      const d = match[2] !== undefined ? Number(match[2]) : lookup(decades, match[1]);
      if (d === undefined) return null;
      const ref = (context.option as { refGrain?: string }).refGrain === 'none' ? 1999 : refDay(context).year;
      const start = 2000 + 10 * d <= ref ? 200 + d : 190 + d;
      return tagTimex(result, { value: String(start), type: 'DATE', rule: 'decade' });
    },
  };
}
