import type { DateFact } from '../../../model.js';
import { cachedIndex, SortedIndex } from '../../../text/sorted-index.js';
import type { DocContext } from '../../../pipeline/context.js';

/** TIMEX3 bounds a sentence puts on a role: "since 2014", "now ending on September 30, 2023". */
export interface Bounds { since: string | null; until: string | null }

// The words right before a date that make it the start or the end of a tenure.
const SINCE = /\b(since|siden|from|fra)\s+$/i;
const UNTIL = /\b(until|till|through|to|ending(?:\s+on)?|ends(?:\s+on)?|expires?(?:\s+on)?|expiring(?:\s+on)?|concludes?(?:\s+(?:in|on))?|conclude(?:\s+(?:in|on))?|til|indtil|frem\s+til|udløber(?:\s+i)?)\s+(?:on\s+|in\s+|i\s+)?$/i;
const YEAR_SINCE = /\b(?:since|siden)\s+((?:19|20)\d\d)\b/i;

/** Bounds stated in text[start, end) (UTF-16), from the date facts of the dates stage, or a bare year. */
export function boundsIn(ctx: DocContext, dates: DateFact[], start: number, end: number): Bounds {
  const out: Bounds = { since: null, until: null };
  for (const d of datesBetween(ctx, dates, start, end)) {
    if (!d.value) continue;
    const s = ctx.offsets.toUtf16(d.start);
    const before = ctx.text.slice(Math.max(start, s - 30), s);
    if (SINCE.test(before)) out.since ??= d.value;
    else if (UNTIL.test(before)) out.until = d.value;
  }
  if (!out.since) {
    const m = YEAR_SINCE.exec(ctx.text.slice(start, end));
    if (m) out.since = m[1];
  }
  return out;
}

/** Dates by their UTF-16 starts, built once per date list (a scan per role is quadratic on a long text). */
const STARTS = new WeakMap<DateFact[], { size: number; index: SortedIndex<DateFact> }>();

/** The dates that start in UTF-16 [start, end), in text order. */
function datesBetween(ctx: DocContext, dates: DateFact[], start: number, end: number): DateFact[] {
  return cachedIndex(STARTS, dates, dates.length, () => new SortedIndex(dates, (d) => ctx.offsets.toUtf16(d.start))).range(start, end);
}
