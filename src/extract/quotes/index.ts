import type { DocContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stages.js';
import type { DocState } from '../../pipeline/state.js';
import { findClaims } from './claims.js';
import { findQuotes, toQuoteFact } from './quotes.js';
import { findSources } from './sources.js';
import type { Memory } from './speaker.js';

/**
 * The quote stage: quotations and their speakers (quotes.ts), every attributed statement as a
 * claim with its certainty (claims.ts), and the sources the text cites (sources.ts). Speakers
 * resolve against the people stage's persons, and fall back to the words in the text.
 */
export const quoteStage: Stage = {
  name: 'quotes',
  requires: ['people'],
  provides: ['quotes', 'sources', 'claims'],
  languages: ['en', 'da', 'und'],
  run(ctx: DocContext, state: DocState): void {
    const mem: Memory = { lastPerson: null, lastGroup: null, lastOutlet: null };
    const found = findQuotes(ctx, state.people, mem);
    state.quotes = found.map((f) => toQuoteFact(ctx, f));
    const claimMem: Memory = { lastPerson: null, lastGroup: null, lastOutlet: null };
    const { claims, attributed } = findClaims(ctx, state.people, claimMem, found);
    state.claims = claims;
    const speakers = found.filter((f) => f.att?.speaker).map((f) => ({ speaker: f.speaker, at: f.att!.speaker![0] }));
    state.sources = findSources(ctx, speakers, attributed);
  },
};
