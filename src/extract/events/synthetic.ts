import type { DateFact, DocumentResult } from '../../model.js';
import { DocContext } from '../../pipeline/context.js';
import { emptyState } from '../../pipeline/state.js';
import { splitSentences } from '../../text/sentences.js';
import { extractEvents } from './extract.js';

/** A date the caller resolves by hand: [words in the text, TIMEX3 value, type]. */
export type DateRow = [string, string, ('DATE' | 'DURATION')?];

/**
 * Runs the event stage alone on a text, with dates given by hand and no people from the people
 * stage, so tests of events and stories do not depend on the other extractors' quality.
 */
export function syntheticDocument(id: string, text: string, options: { language?: string; date?: string | null; dates?: DateRow[] } = {}): DocumentResult {
  const language = options.language ?? 'en';
  const ctx = new DocContext(id, text, 0, language, splitSentences(text), options.date ?? null);
  const state = emptyState({ value: options.date ?? null, source: options.date ? 'option' : 'none' });
  let from = 0;
  for (const [words, value, type] of options.dates ?? []) {
    const at = text.indexOf(words, from);
    if (at < 0) continue;
    from = at + words.length;
    const fact: DateFact = { ...ctx.span(at, at + words.length), value, type: type ?? 'DATE', anchored: false, evidence: ctx.evidence('test/date', at) };
    state.dates.push(fact);
  }
  state.events = extractEvents(ctx, state);
  return {
    id, language, date: state.docDate, header: null, sentences: ctx.sentences.length,
    people: [], dates: state.dates, quotes: [], sources: [], claims: [], events: state.events, warnings: [],
  };
}
