import type { ParsedResult } from 'chrono-node';
import type { DocumentDate } from '../../../model.js';
import type { DocContext } from '../../../pipeline/context.js';
import { loadData } from '../../../data.js';
import { dayValue } from '../calendar.js';

/**
 * The publication date printed at the head of an article, for documents without a header:
 *
 *   "LONDON, Dec 20, 2019 (Reuters) - Britain named ..."       a wire dateline
 *   "By Political Staff\nJuly 5, 2024\n\n..."                 a date line under the byline
 *   "Af Politisk Redaktion, 12. marts 2025"                   the same in Danish
 *   "Published 5 July 2024 14:32 BST"                         a site's publication stamp
 *
 * Only a full date (day, month and year all written) counts, in the first few lines, and only
 * where its line carries nothing but names, stamp words and times (a date line), or where it
 * opens the first paragraph before a dash (a dateline). A headline such as "Vote set for
 * November 5, 2024" has lower-case words beside the date and is not taken.
 */
const HEAD_LINES = 5;
const HEAD_CHARS = 600;
const LINE_MAX = 100;
const STAMP_WORDS = new Set(loadData<{ words: string[] }>('dateline-cues.json').words);
// "(Reuters) -", " — ", " -- ": what follows the date in a wire dateline
const DATELINE_TAIL = /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-–—]{1,2})\s/;
// "14:32", "2.30", "9am": times beside a stamp's date
const CLOCK = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm)?$/i;

interface Line { start: number; end: number; text: string }

function headLines(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (lines.length < HEAD_LINES && start < Math.min(body.length, HEAD_CHARS)) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const text = body.slice(start, end);
    if (text.trim()) lines.push({ start, end, text });
    start = end + 1;
  }
  return lines;
}

/** The words left beside the date are all capitalised names, stamp words or clock times. */
function onlyStampBeside(rest: string): boolean {
  for (const word of rest.split(/[\s,;:|/()·•–—-]+/)) {
    const w = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!w) continue;
    if (STAMP_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || CLOCK.test(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
  }
  return true;
}

function isFullDate(r: ParsedResult): boolean {
  return r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day') && !r.end;
}

/** The document date from its dateline or date line, or null when the head of the text has none. */
export function datelineDate(ctx: DocContext, body: string, results: ParsedResult[]): DocumentDate | null {
  const lines = headLines(body);
  for (const r of results) {
    if (r.index >= HEAD_CHARS) break;
    if (!isFullDate(r)) continue;
    const line = lines.find((l) => l.start <= r.index && r.index < l.end);
    if (!line) continue;
    const before = body.slice(line.start, r.index);
    const after = body.slice(r.index + r.text.length, line.end);
    const dateLine = line.text.length <= LINE_MAX && onlyStampBeside(before + ' ' + after);
    const wire = before.length <= 60 && onlyStampBeside(before) && DATELINE_TAIL.test(after);
    if (!dateLine && !wire) continue;
    const value = dayValue({ year: r.start.get('year') ?? 0, month: r.start.get('month') ?? 1, day: r.start.get('day') ?? 1 });
    return {
      value, source: 'inferred', confidence: 0.95,
      reason: `the ${wire ? 'dateline' : 'date line at the head of the article'} gives "${r.text}"`,
      evidence: ctx.evidence('dates/docdate-dateline', ctx.bodyStart + r.index),
    };
  }
  return null;
}
