import type { DocumentResult, TimelineEntry } from '../model.js';

export { buildStories } from './build.js';

/** Every dated fact across the corpus in date order (issue 4 deepens this). */
export function buildTimeline(docs: DocumentResult[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const doc of docs) {
    for (const d of doc.dates) {
      if (!d.value || d.type !== 'DATE') continue;
      entries.push({
        date: d.value, event: d.evidence.sentenceText, type: 'date', people: [], documents: [doc.id], sources: [],
        certainty: 'stated', evidence: [d.evidence],
      });
    }
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.documents[0].localeCompare(b.documents[0])));
}
