import type { ParsedResult, ParsingOption } from 'chrono-node';
import type { DateFact } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stages.js';
import type { DocState } from '../../pipeline/state.js';
import { chronoFor } from './config.js';
import { inferDocumentDate } from './docdate/infer.js';
import { grainOf, referenceOf } from './reference.js';
import { timexOf } from './timex.js';

export { referenceOf } from './reference.js';
export { timexOf } from './timex.js';

/** Where no document date is known, chrono still needs a reference; values that use it are dropped to null. */
const PLACEHOLDER = '2000-01-01';

/** Longest piece of text handed to chrono at once (UTF-16 units); see parseBody. */
const CHUNK = 3000;

/**
 * Runs the language's chrono configuration over the article body, a run of whole sentences at a
 * time. Some of chrono's own refiners look back from each result to the start of the text they were
 * given (ENEndOfPeriodRefiner matches a prefix pattern against everything before the result), which
 * is quadratic on a long document; bounded chunks keep the stage linear. Date expressions do not
 * cross sentences, so the chunking changes no value.
 */
export function parseBody(ctx: DocContext, refDate: string | null): ParsedResult[] {
  const chrono = chronoFor(ctx.language);
  const ref = referenceOf(refDate ?? PLACEHOLDER);
  const option = { refGrain: grainOf(refDate) } as ParsingOption;
  const out: ParsedResult[] = [];
  for (const [from, to] of sentenceChunks(ctx)) {
    for (const r of chrono.parse(ctx.text.slice(from, to), ref, option)) {
      (r as { index: number }).index += from - ctx.bodyStart; // chrono types it read-only; results are ours now
      out.push(r);
    }
  }
  return out;
}

/** Consecutive sentences of the body grouped into pieces of at most CHUNK units (a longer sentence alone). */
function sentenceChunks(ctx: DocContext): [number, number][] {
  const chunks: [number, number][] = [];
  let from = -1; let to = -1;
  for (const s of ctx.sentences) {
    if (s.end <= ctx.bodyStart) continue;
    const start = Math.max(s.start, ctx.bodyStart);
    if (from >= 0 && s.end - from > CHUNK) { chunks.push([from, to]); from = -1; }
    if (from < 0) from = start;
    to = s.end;
  }
  if (from >= 0) chunks.push([from, to]);
  return chunks;
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
    if (!state.docDate.value) {
      const inferred = inferDocumentDate(ctx, parseBody(ctx, null));
      if (inferred.value) { state.docDate = inferred; ctx.refDate = inferred.value; }
    }
    state.dates = toFacts(ctx, parseBody(ctx, ctx.refDate), ctx.refDate);
  },
};
