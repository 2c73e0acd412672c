import * as chrono from 'chrono-node';
import type { DateFact, DocumentDate } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stages.js';
import type { DocState } from '../../pipeline/state.js';

/** Reference instant for chrono from a TIMEX3-style document date (noon UTC, so no zone shifts a day). */
export function referenceOf(value: string): chrono.ParsingReference {
  const [y, m = '1', d = '1'] = value.split('-');
  return { instant: new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12)), timezone: 0 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** TIMEX3 value of a chrono result at the granularity the text states. */
export function timexOf(result: chrono.ParsedResult, anchored: boolean): string | null {
  const c = result.start;
  const year = c.get('year'); const month = c.get('month'); const day = c.get('day');
  if (year == null) return null;
  const knowsDay = c.isCertain('day') || c.isCertain('weekday') || (anchored && !c.isCertain('month'));
  if (c.isCertain('day') || (knowsDay && anchored)) return `${pad(year, 4)}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
  if (c.isCertain('month')) return `${pad(year, 4)}-${pad(month ?? 1)}`;
  return pad(year, 4);
}

const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|until|till|during|before|after|of|i|på|siden|fra|til|den)\s+/i;

/** First version: chrono's casual English parser over the body; Danish comes with issue 4. */
function extractDates(ctx: DocContext, docDate: DocumentDate): DateFact[] {
  if (ctx.language !== 'en') return [];
  const body = ctx.text.slice(ctx.bodyStart);
  const ref = ctx.refDate ? referenceOf(ctx.refDate) : referenceOf('2000-01-01');
  const results = chrono.en.casual.parse(body, ref, { forwardDate: false });
  const out: DateFact[] = [];
  for (const r of results) {
    let start = ctx.bodyStart + r.index;
    let text = r.text;
    const lead = LEADING_PREPOSITION.exec(text);
    if (lead) { start += lead[0].length; text = text.slice(lead[0].length); }
    const anchored = !r.start.isCertain('year');
    const value = anchored && !docDate.value ? null : timexOf(r, anchored);
    out.push({ ...ctx.span(start, start + text.length), value, type: r.start.isCertain('hour') ? 'TIME' : 'DATE', anchored, evidence: ctx.evidence('dates/chrono-en', start) });
  }
  return out;
}

export const dateStage: Stage = {
  name: 'dates',
  requires: ['docDate'],
  provides: ['dates', 'docDate'],
  languages: ['en', 'da'],
  run(ctx: DocContext, state: DocState): void {
    state.dates = extractDates(ctx, state.docDate);
  },
};
