import type { DateFact } from '../../../model.js';
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

/** Dates with their UTF-16 starts, sorted, built once per date list (a scan per role is quadratic on a long text). */
const STARTS = new WeakMap<DateFact[], { starts: number[]; sorted: DateFact[] }>();

/** The dates that start in UTF-16 [start, end), in text order. */
function datesBetween(ctx: DocContext, dates: DateFact[], start: number, end: number): DateFact[] {
  let index = STARTS.get(dates);
  if (!index || index.sorted.length !== dates.length) {
    const sorted = [...dates].sort((a, b) => a.start - b.start);
    index = { starts: sorted.map((d) => ctx.offsets.toUtf16(d.start)), sorted };
    STARTS.set(dates, index);
  }
  let lo = 0; let hi = index.starts.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (index.starts[mid] < start) lo = mid + 1; else hi = mid; }
  const out: DateFact[] = [];
  for (let i = lo; i < index.starts.length && index.starts[i] < end; i++) out.push(index.sorted[i]);
  return out;
}
