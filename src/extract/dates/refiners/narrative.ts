import type { ParsedResult, ParsingComponents } from 'chrono-node';
import { timexOf } from '../timex.js';

/** How far back (UTF-16 units) a clock time looks for the day it belongs to. */
const REACH = 250;

/**
 * A clock time with no day of its own belongs to the day the text has just named, not to the
 * document's: "the night of Friday, Oct. 23 ... shortly after 10 p.m." is Oct. 23 at 22:00, even
 * in an article written months later. Only a day named in the last few lines counts; with none,
 * the time keeps the document's day (chrono's reading). Runs over the document's results in order.
 */
export function anchorClockTimes(results: ParsedResult[]): void {
  let day: { value: string; end: number } | null = null;
  for (const r of results) {
    const c = r.start;
    const clockOnly = c.isCertain('hour') && !c.isCertain('day') && !c.isCertain('weekday') && !c.isCertain('month');
    if (clockOnly && day && r.index - day.end <= REACH) {
      const [y, m, d] = day.value.split('-').map(Number);
      (c as ParsingComponents).imply('year', y).imply('month', m).imply('day', d);
      continue;
    }
    if (!c.isCertain('day') && !c.isCertain('weekday')) continue;
    const value = timexOf(r).value ?? '';
    if (/^\d{4}-\d{2}-\d{2}/.test(value)) day = { value: value.slice(0, 10), end: r.index + r.text.length };
  }
}
