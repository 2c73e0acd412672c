import type { Parser, ParsingContext } from 'chrono-node';
import { dayValue, toUtc, type Ymd } from '../calendar.js';
import { holidayIn, holidaysFor, type HolidayRule } from '../holidays.js';
import { alternation, lookup, LB, RB, type DateLexicon } from '../lexicon.js';
import { createDirectionReader, type Direction } from '../refiners/direction.js';
import { tagTimex } from '../tags.js';
import { yearFrom, yearTail } from './quarter.js';
import { refDay } from './relative-period.js';

const days = (d: Ymd): number => toUtc(d).getTime() / 86400000;

/** The holiday's day nearest the reference on the given side (null: nearest on either side). */
function occurrence(rule: HolidayRule, ref: Ymd, side: Direction | null, strict: boolean): Ymd {
  const all = [-1, 0, 1].map((k) => holidayIn(rule, ref.year + k));
  const diff = (d: Ymd): number => days(d) - days(ref);
  const ok = all.filter((d) => (side === 'past' ? (strict ? diff(d) < 0 : diff(d) <= 0) : side === 'future' ? (strict ? diff(d) > 0 : diff(d) >= 0) : true));
  return ok.sort((a, b) => Math.abs(diff(a)) - Math.abs(diff(b)))[0] ?? all[1];
}

/**
 * Holidays (data/dates-holidays.json): "Thanksgiving Day" -> 1999-11-25, "last Christmas",
 * "Easter 2024", "juleaften", "pinsen næste år". With no year, the tense picks the one gone or the
 * one coming ("will travel home for Christmas"); with none, the nearest.
 */
export function createHolidayParser(lex: DateLexicon, language: string): Parser | null {
  const table = holidaysFor(language);
  if (!Object.keys(table).length) return null;
  const rel = alternation(Object.keys(lex.relative).filter((k) => lex.relative[k] !== 0 || k === 'this'));
  const pattern = new RegExp(`${LB}(?:(${rel})\\s+)?(${alternation(Object.keys(table))})${yearTail(lex)}${RB}`, 'i');
  const directionAt = createDirectionReader(lex);
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const rule = lookup(table, match[2]);
      if (!rule) return null;
      const at = match.index ?? 0;
      const ref = refDay(context);
      let day: Ymd;
      if (match[3] || match[4]) day = holidayIn(rule, yearFrom(lex, context, match[3], match[4]).year);
      else if (match[1]) {
        const n = lookup(lex.relative, match[1]) ?? 0;
        day = n === 0 ? holidayIn(rule, ref.year) : occurrence(rule, ref, n < 0 ? 'past' : 'future', true);
      } else day = occurrence(rule, ref, directionAt(context.text, at, at + match[0].length, true), false);
      const result = context.createParsingResult(at, match[0]);
      return tagTimex(result, { value: dayValue(day), type: 'DATE', anchored: !match[4], needs: match[3] || match[4] ? 'year' : 'day', rule: 'holiday' });
    },
  };
}
