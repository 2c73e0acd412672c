import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isOwn } from '../tags.js';

const CLOCK: ('hour' | 'minute' | 'second' | 'millisecond' | 'meridiem')[] = ['hour', 'minute', 'second', 'millisecond', 'meridiem'];
/** "Jan. 1, 1990 at 1" before ",015 francs": a clock hour that is the head of a number. */
const TRAILING_HOUR = /\s*,?\s*(?:at\s+)?\d{1,2}$/i;
/** "6.43, on Friday": a decimal amount with no a.m./p.m. and no "at" before it, not 6:43. */
const LEADING_DECIMAL = /^\d{1,3}\.\d{2}(?![\d.]|\s*[ap]\.?m\b)[\s,]*(?:on\s+)?/i;

/**
 * Amounts that chrono reads as a clock time inside a date: "an option to buy after Jan. 1, 1990 at
 * 1,015 francs a share" is Jan. 1, 1990, not 01:00; "the index fell 1.4%, or 6.43, on Friday" is
 * Friday, not 6:43 that day. The clock part goes; the date stays. Runs before the edge refiner.
 */
export const amountsRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (isOwn(r) || !r.start.isCertain('hour') || r.end) continue;
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 2);
      const tail = /^[,.]\d/.test(after) ? TRAILING_HOUR.exec(r.text) : null;
      const head = tail || /\bat\s+$/i.test(context.text.slice(Math.max(0, r.index - 3), r.index)) ? null : LEADING_DECIMAL.exec(r.text);
      if (tail && tail.index > 0) r.text = r.text.slice(0, tail.index);
      else if (head && head[0].length < r.text.length) { r.index += head[0].length; r.text = r.text.slice(head[0].length); }
      else continue;
      r.start.delete(CLOCK);
    }
    return results;
  },
};
