import type { ParsedResult } from 'chrono-node';
import type { DocumentDate } from '../../../model.js';
import type { DocContext } from '../../../pipeline/context.js';
import { dayValue, pad, weekdayOf } from '../calendar.js';
import { lexiconFor } from '../lexicon.js';
import { readTimex } from '../tags.js';
import { createDirectionReader } from '../refiners/direction.js';
import { intersect, overlapDays, yearStart, type Constraint } from './constraint.js';
import { worldFactConstraints } from './world-facts.js';
import { datelineDate } from './dateline.js';

const readers = new Map<string, ReturnType<typeof createDirectionReader>>();
const readerFor = (lang: string): ReturnType<typeof createDirectionReader> => {
  let r = readers.get(lang);
  if (!r) { r = createDirectionReader(lexiconFor(lang)); readers.set(lang, r); }
  return r;
};

/** "since 2014", "in February 2022": an article is written no earlier than the latest year it reports as past. */
function pastYearBound(ctx: DocContext, body: string, results: ParsedResult[]): Constraint | null {
  const direction = readerFor(ctx.language);
  let best: { year: number; at: number } | null = null;
  for (const r of results) {
    const info = readTimex(r);
    if (!r.start.isCertain('year') || info.value || info.anchored) continue;
    const year = r.start.get('year') ?? 0;
    if (year < 1000 || direction(body, r.index) === 'future') continue;
    if (!best || year > best.year) best = { year, at: r.index };
  }
  return best ? { from: yearStart(best.year), to: Infinity, reason: `the text reports ${best.year} as past`, at: best.at } : null;
}

/** "Wednesday, the 21st of February": a weekday with a day and month but no year. */
function weekdayDates(results: ParsedResult[]): ParsedResult[] {
  return results.filter((r) => r.start.isCertain('weekday') && r.start.isCertain('day') && r.start.isCertain('month') && !r.start.isCertain('year'));
}

/** Days in [from, to) on which day/month falls on the weekday; years searched near the window. */
function matchingDays(r: ParsedResult, from: number, to: number): string[] {
  const month = r.start.get('month') ?? 1; const day = r.start.get('day') ?? 1; const weekday = r.start.get('weekday') ?? 0;
  const first = Number.isFinite(from) ? new Date(from * 86400000).getUTCFullYear() : 2000;
  const last = Number.isFinite(to) ? new Date(to * 86400000).getUTCFullYear() : first + 6;
  const out: string[] = [];
  for (let y = first; y <= last; y++) {
    const n = Math.floor(Date.UTC(y, month - 1, day) / 86400000);
    if (n >= from && n < to && weekdayOf({ year: y, month, day }) === weekday) out.push(dayValue({ year: y, month, day }));
  }
  return out;
}

/**
 * The date of an undated document, from its own text only (stages never read other documents):
 * 0. a dateline or date line at the head of the article ("LONDON, Dec 20, 2019 (Reuters) -") gives it;
 * 1. stated facts bound it (member counts, anniversaries: data/date-facts.json), and so does the
 *    latest year the text reports as past;
 * 2. a weekday with its day and month ("Wednesday, the 21st of February") fixes the day among
 *    the years those bounds allow: that is the day the article reports, so the article's date;
 * 3. otherwise the year that covers most of the bounded window, if the window is bounded.
 */
export function inferDocumentDate(ctx: DocContext, results: ParsedResult[]): DocumentDate {
  const body = ctx.text.slice(ctx.bodyStart);
  const printed = datelineDate(ctx, body, results);
  if (printed) return printed;
  const facts = worldFactConstraints(body);
  const lower = pastYearBound(ctx, body, results);
  const window = intersect(lower ? [...facts, lower] : facts);
  const reasons = [...new Set(window.used.map((c) => c.reason))];
  for (const r of weekdayDates(results)) {
    const days = matchingDays(r, window.from, window.to);
    if (!days.length) continue;
    const bounded = window.used.some((c) => c !== lower);
    return {
      value: days[0], source: 'inferred', confidence: bounded && days.length === 1 ? 0.85 : 0.5,
      reason: [`"${r.text}" falls on that weekday in ${days[0].slice(0, 4)}`, ...reasons].join('; '),
      evidence: ctx.evidence('dates/docdate-weekday', ctx.bodyStart + r.index),
    };
  }
  if (!facts.length || !Number.isFinite(window.to) || !Number.isFinite(window.from)) return { value: null, source: 'none' };
  const first = new Date(window.from * 86400000).getUTCFullYear();
  const last = new Date((window.to - 1) * 86400000).getUTCFullYear();
  let year = first;
  for (let y = first; y <= last; y++) if (overlapDays(y, window.from, window.to) > overlapDays(year, window.from, window.to)) year = y;
  const share = overlapDays(year, window.from, window.to) / (window.to - window.from);
  const at = window.used.find((c) => c !== lower)?.at ?? 0;
  return {
    value: pad(year, 4), source: 'inferred', confidence: Math.round(Math.min(0.9, share) * 100) / 100,
    reason: [...reasons, `${year} covers ${Math.round(share * 100)}% of that window`].join('; '),
    evidence: ctx.evidence('dates/docdate-facts', ctx.bodyStart + at),
  };
}
