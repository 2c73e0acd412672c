import type { DocContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stages.js';
import type { DocState } from '../../pipeline/state.js';
import { findQuotes, toQuoteFact } from './quotes.js';
import type { Memory } from './speaker.js';

/**
 * The quote stage: quotations and their speakers (quotes.ts), the sources the text cites
 * (sources.ts) and every attributed statement as a claim with its certainty (claims.ts).
 */
export const quoteStage: Stage = {
  name: 'quotes',
  requires: ['people'],
  provides: ['quotes', 'sources', 'claims'],
  languages: ['en', 'da', 'und'],
  run(ctx: DocContext, state: DocState): void {
    const mem: Memory = { lastPerson: null, lastGroup: null };
    const found = findQuotes(ctx, state.people, mem);
    state.quotes = found.map((f) => toQuoteFact(ctx, f));
  },
};
