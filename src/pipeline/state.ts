import type { ClaimFact, DateFact, DocumentDate, EventFact, PersonFact, QuoteFact, SourceFact } from '../model.js';

/** What the per-document stages build up, stage by stage (see stages.ts). */
export interface DocState {
  docDate: DocumentDate;
  people: PersonFact[];
  dates: DateFact[];
  quotes: QuoteFact[];
  sources: SourceFact[];
  claims: ClaimFact[];
  events: EventFact[];
}

export function emptyState(docDate: DocumentDate): DocState {
  return { docDate, people: [], dates: [], quotes: [], sources: [], claims: [], events: [] };
}
