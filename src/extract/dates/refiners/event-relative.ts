import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { lookup, type DateLexicon } from '../lexicon.js';
import { amountOf, durationValue } from '../parsers/duration.js';
import { isOwn, tagTimex } from '../tags.js';

// chrono reads "a year before" and "two weeks after" as counted from today, like "a year ago"
const BEFORE_AFTER = /^(.+?)\s+(\p{L}+)\s+(?:before|after)$/iu;
// ... but a clause or a noun phrase after it names the event they count from
const EVENT_AFTER = /^\s+(?!(?:that|then|and|or|but)\b)\p{L}/u;

/**
 * "He will leave on Aug. 31, a year before his term ends", "two weeks after the election": the
 * span counts from an event the text names, not from the document date, so it resolves to no date
 * (chrono made "a year before" the year before the article's). TimeML marks the amount as a
 * duration ("a year", P1Y) and "before" as a signal; so does this. "a year before." (at the end of
 * a clause) keeps chrono's reading.
 */
export function createEventRelativeRefiner(lex: DateLexicon): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      return results.flatMap((r) => {
        if (isOwn(r)) return [r];
        const m = BEFORE_AFTER.exec(r.text);
        if (!m || !EVENT_AFTER.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 20))) return [r];
        const amount = amountOf(lex, m[1].replace(/^(?:about|some|nearly|almost|more than|less than)\s+/i, ''));
        const unit = lookup(lex.units, m[2]);
        if (amount === undefined || !unit) return [];
        const span = context.createParsingResult(r.index, `${m[1]} ${m[2]}`);
        return [tagTimex(span, { value: durationValue(amount, unit), type: 'DURATION', rule: 'event-relative' })];
      });
    },
  };
}
