import type { ParsedResult, ParsingOption } from 'chrono-node';
import type { DateFact } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stages.js';
import type { DocState } from '../../pipeline/state.js';
import { chronoFor } from './config.js';
import { inferDocumentDate } from './docdate/infer.js';
import { SEPARATOR, temporalGroups } from './chunks.js';
import { lexiconFor } from './lexicon.js';
import { grainOf, referenceOf } from './reference.js';
import { createFinancialRefiner } from './refiners/financial.js';
import { anchorClockTimes } from './refiners/narrative.js';
import { anchorStoryPeriods } from './refiners/story-periods.js';
import { timexOf } from './timex.js';

export { referenceOf } from './reference.js';
export { timexOf } from './timex.js';

/** Where no document date is known, chrono still needs a reference; values that use it are dropped to null. */
const PLACEHOLDER = '2000-01-01';

/**
 * Runs the language's chrono configuration over the article body, skipping sentences the pre-scan
 * finds nothing temporal in (prescan.ts): chrono's parsers each scan all the text they are given,
 * so most of the stage's time went on sentences with no date. A group's runs of sentences go to
 * chrono as one text joined by SEPARATOR (chunks.ts); results map back to body offsets. Date
 * expressions do not cross sentences, so neither the grouping nor the skipping changes a value.
 */
export function parseBody(ctx: DocContext, refDate: string | null): ParsedResult[] {
  const chrono = chronoFor(ctx.language);
  const ref = referenceOf(refDate ?? PLACEHOLDER);
  const option = { refGrain: grainOf(refDate) } as ParsingOption;
  const out: ParsedResult[] = [];
  for (const group of temporalGroups(ctx)) {
    const starts: number[] = []; // where each run begins in the joined text
    let joined = '';
    for (const [from, to] of group) { if (joined) joined += SEPARATOR; starts.push(joined.length); joined += ctx.text.slice(from, to); }
    for (const r of chrono.parse(joined, ref, option)) {
      let k = starts.length - 1;
      while (k > 0 && starts[k] > r.index) k--;
      const [from, to] = group[k];
      const index = r.index - starts[k] + from;
      if (index + r.text.length > to) continue; // across a separator: cannot happen, see SEPARATOR
      (r as { index: number }).index = index - ctx.bodyStart; // chrono types it read-only; results are ours now
      out.push(r);
    }
  }
  financialFor(ctx.language)(out, refDate);
  anchorStoryPeriods(out, lexiconFor(ctx.language));
  anchorClockTimes(out);
  return out;
}

const financial = new Map<string, (results: ParsedResult[], refDate: string | null) => void>();
/** The document-level company-report refiner of a language, built once (refiners/financial.ts). */
function financialFor(language: string): (results: ParsedResult[], refDate: string | null) => void {
  let f = financial.get(language);
  if (!f) { f = createFinancialRefiner(lexiconFor(language)); financial.set(language, f); }
  return f;
}

/** Whether a document date of this grain is enough for a value that needs `needs`. */
function resolvable(refGrain: string, needs: 'year' | 'day'): boolean {
  return refGrain === 'day' || (refGrain !== 'none' && needs === 'year');
}

/** Turns chrono results into date facts with TIMEX3 values, spans and provenance. */
export function toFacts(ctx: DocContext, results: ParsedResult[], refDate: string | null): DateFact[] {
  const refGrain = grainOf(refDate);
  const out: DateFact[] = [];
  for (const r of results) {
    if (!r.text.trim()) continue;
    const t = timexOf(r);
    const value = t.anchored && !resolvable(refGrain, t.needs) ? null : t.value;
    const start = ctx.bodyStart + r.index;
    out.push({
      ...ctx.span(start, start + r.text.length), value, type: t.type, ...(t.mod ? { mod: t.mod } : {}),
      anchored: t.anchored, evidence: ctx.evidence(`dates/${t.rule}`, start),
    });
  }
  return out;
}

/**
 * The date stage. A header date (set by run.ts) is the reference; without one, the stage infers the
 * document date from the text first (docdate/), sets it on the state and the context for the later
 * stages, and resolves relative expressions against it. Nothing reads the clock.
 */
export const dateStage: Stage = {
  name: 'dates',
  requires: ['docDate'],
  provides: ['dates', 'docDate'],
  languages: ['en', 'da'],
  run(ctx: DocContext, state: DocState): void {
    let results: ParsedResult[] | null = null;
    if (!state.docDate.value) {
      results = parseBody(ctx, null);
      const inferred = inferDocumentDate(ctx, results);
      // with no date found, the reading without a reference is the final one: no second parse
      if (inferred.value) { state.docDate = inferred; ctx.refDate = inferred.value; results = null; }
    }
    state.dates = toFacts(ctx, results ?? parseBody(ctx, ctx.refDate), ctx.refDate);
  },
};
