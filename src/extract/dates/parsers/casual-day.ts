import type { Parser, ParsingContext } from 'chrono-node';
import { addDays, addMonths, dayValue, isoWeekValue, monthValue, pad } from '../calendar.js';
import { alternation, lookup, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';
import { amountOf } from './duration.js';
import { refDay } from './relative-period.js';

/**
 * Days named from the document date in locales chrono lacks: "i dag", "i går", "i morgen",
 * "i aftes" (yesterday evening, 2023-06-16TEV). English gets these from chrono's casual parser.
 */
export function createCasualDayParser(lex: DateLexicon): Parser | null {
  const table = lex.casual ?? {};
  if (!Object.keys(table).length) return null;
  const parts = (lex as DateLexicon & { casualParts?: Record<string, string> }).casualParts ?? {};
  const pattern = new RegExp(`${LB}(${alternation(Object.keys(table))})${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const n = lookup(table, match[1]);
      if (n === undefined) return null;
      const part = lookup(parts, match[1]);
      const value = dayValue(addDays(refDay(context), n)) + (part ? `T${part}` : '');
      return tagTimex(context.createParsingResult(match.index ?? 0, match[0]), { value, type: part ? 'TIME' : 'DATE', anchored: true, needs: 'day', rule: 'casual-day' });
    },
  };
}

/** "for tre år siden" (three years ago) -> the year three years before the document date. */
export function createAgoParser(lex: DateLexicon): Parser | null {
  const ago = (lex as DateLexicon & { ago?: { before: string; after: string } }).ago;
  if (!ago) return null;
  const numbers = alternation([...Object.keys(lex.numbers), ...lex.vagueNumbers]);
  const pattern = new RegExp(`${LB}${ago.before}\\s+(\\d{1,3}|${numbers})\\s+(${alternation(Object.keys(lex.units))})\\s+${ago.after}${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const n = amountOf(lex, match[1]);
      const unit = lookup(lex.units, match[2]);
      if (n === undefined || !unit) return null;
      const ref = refDay(context);
      const k = n ?? 0;
      let value: string;
      if (n === null) value = 'PAST_REF';
      else if (unit === 'Y') value = pad(ref.year - k, 4);
      else if (unit === 'M') { const m = addMonths(ref.year, ref.month, -k); value = monthValue(m.year, m.month); }
      else if (unit === 'W') value = isoWeekValue(addDays(ref, -7 * k));
      else if (unit === 'D') value = dayValue(addDays(ref, -k));
      else return null;
      return tagTimex(context.createParsingResult(match.index ?? 0, match[0]), { value, type: 'DATE', anchored: n !== null, needs: unit === 'Y' ? 'year' : 'day', rule: 'ago' });
    },
  };
}
