import type { Parser, ParsingContext } from 'chrono-node';
import { addDays, addMonths, fromUtc, isoWeekValue, monthValue, pad, weekdayOf, type Ymd } from '../calendar.js';
import { alternation, L, lookup, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';

/** The reference day chrono was given (our references are noon UTC, see reference.ts). */
export const refDay = (context: ParsingContext): Ymd => fromUtc(context.reference.instant);

/** TIMEX3 value of the calendar unit n units away from the reference ("year", -1 -> "2022"). */
export function periodValue(ref: Ymd, unit: string, n: number): string | null {
  switch (unit) {
    case 'year': return pad(ref.year + n, 4);
    case 'month': { const m = addMonths(ref.year, ref.month, n); return monthValue(m.year, m.month); }
    case 'week': return isoWeekValue(addDays(ref, 7 * n));
    // the weekend that has begun by the reference day (Saturday on or before it), n weekends on
    case 'weekend': return `${isoWeekValue(addDays(ref, -((weekdayOf(ref) + 1) % 7) + 7 * n))}-WE`;
    case 'quarter': {
      const q = Math.floor((ref.month - 1) / 3) + n;
      const year = ref.year + Math.floor(q / 4);
      return `${pad(year, 4)}-Q${(((q % 4) + 4) % 4) + 1}`;
    }
    default: return null;
  }
}

/**
 * "last year" -> 2022, "the following year" -> 2024, "later this year" -> 2024, "last week" -> 2023-W23,
 * "sidste år", "næste år", "i år", "i sidste uge". "the past year" is a stretch of time: P1Y.
 */
export function createRelativePeriodParser(lex: DateLexicon): Parser {
  const narrative = lex.narrative ?? {};
  const rel = alternation([...Object.keys(lex.relative), ...Object.keys(narrative)]);
  const units = alternation(Object.keys(lex.calendarUnits));
  // not "that quarter-final", "the next quarter-final"
  const pattern = new RegExp(`${LB}(${rel})\\s+(${units})${RB}(?!-[${L}])`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const story = lookup(narrative, match[1]);
      const n = story ?? lookup(lex.relative, match[1]);
      const unit = lookup(lex.calendarUnits, match[2]);
      if (n === undefined || !unit) return null;
      const only = lex.relativeOnlyFor[match[1].toLowerCase()];
      if (only && only !== unit) return null;
      const result = context.createParsingResult(match.index ?? 0, match[0]);
      if (lex.relativeAsDuration.includes(match[1].toLowerCase().replace(/\s+/g, ' '))) {
        const value = unit === 'quarter' ? 'P3M' : `P1${unit[0].toUpperCase()}`;
        return tagTimex(result, { value, type: 'DURATION', rule: 'relative-duration' });
      }
      // a story's "the following year" counts from the date last named (refiners/narrative.ts); with none, from the document's
      const rule = story !== undefined ? 'narrative-period' : 'relative-period';
      return tagTimex(result, { value: periodValue(refDay(context), unit, n) ?? undefined, type: 'DATE', anchored: true, needs: unit === 'year' ? 'year' : 'day', rule });
    },
  };
}
