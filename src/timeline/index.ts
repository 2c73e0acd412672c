import type { DocumentResult, Evidence, TimelineEntry } from '../model.js';
import { timelineKey } from './sort-key.js';

export { timelineKey } from './sort-key.js';

type Spanned = { start: number; end: number };
const within = (s: Spanned, e: Evidence): boolean => s.start >= e.sentenceStart && s.end <= e.sentenceEnd;

/** People named in the evidence sentence (by their mentions), in order. */
function peopleIn(doc: DocumentResult, e: Evidence): string[] {
  return doc.people.filter((p) => p.mentions.some((m) => within(m, e))).map((p) => p.name);
}

/** Who the sentence's facts come from: sources described in it, speakers of quotes in it. */
function sourcesIn(doc: DocumentResult, e: Evidence): string[] {
  const names = [
    ...doc.sources.filter((s) => within(s, e)).map((s) => s.name ?? s.text),
    ...doc.quotes.filter((q) => within(q, e) && q.speaker).map((q) => q.speaker?.name ?? q.speaker?.text ?? ''),
  ];
  return [...new Set(names.filter(Boolean))];
}

/** Succession events that carry a date, as timeline entries. */
function eventEntries(doc: DocumentResult): TimelineEntry[] {
  return (doc.events ?? []).filter((ev) => ev.date && timelineKey(ev.date)).map((ev) => ({
    date: ev.date as string, event: ev.evidence.sentenceText, type: ev.type,
    people: ev.personName ? [ev.personName] : peopleIn(doc, ev.evidence), documents: [doc.id],
    sources: sourcesIn(doc, ev.evidence), certainty: ev.certainty, evidence: [ev.evidence],
  }));
}

/**
 * Every dated fact across the corpus in date order: each date expression with a calendar value
 * ("Thursday" = 2023-06-15, "2014", "2024-Q1"; not durations or "now"), with the sentence that
 * states it, its document, the people named there and the sources it is attributed to. A dated
 * succession event replaces the bare date it was read from.
 */
export function buildTimeline(docs: DocumentResult[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const doc of docs) {
    const events = eventEntries(doc);
    const covered = new Set(events.map((ev) => `${ev.date}@${ev.evidence[0].sentence}`));
    entries.push(...events);
    for (const d of doc.dates) {
      if (!d.value || (d.type !== 'DATE' && d.type !== 'TIME') || !timelineKey(d.value)) continue;
      if (covered.has(`${d.value}@${d.evidence.sentence}`)) continue;
      entries.push({
        date: d.value, event: d.evidence.sentenceText, type: 'date', people: peopleIn(doc, d.evidence),
        documents: [doc.id], sources: sourcesIn(doc, d.evidence), certainty: 'stated', evidence: [d.evidence],
      });
    }
  }
  return entries.sort(compareEntries);
}

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  const ka = timelineKey(a.date) ?? ''; const kb = timelineKey(b.date) ?? '';
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.date !== b.date) return a.date.length - b.date.length;
  const da = a.documents[0]; const db = b.documents[0];
  if (da !== db) return da < db ? -1 : 1;
  return a.evidence[0].sentenceStart - b.evidence[0].sentenceStart;
}
