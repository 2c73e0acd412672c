import type { DocumentResult, EventFact } from '../model.js';
import { foldName } from '../text/fold.js';
import { compareTimex, isCalendar } from './timex.js';

/** One succession statement with what the story needs from its document. */
export interface StoryEvent {
  ev: EventFact;
  doc: string;
  /** The document's date, stated or inferred; else the latest absolute date the document gives. */
  docDate: string | null;
  /** Position of the document in time order (0 = oldest). */
  order: number;
  /** Folded surname of the subject. */
  key: string | null;
  sources: string[];
}

export const personKey = (name: string | null | undefined): string | null =>
  name ? foldName(name.replace(/['’]s?$/u, '').split(/\s+/).pop() ?? '') || null : null;

/** When a document speaks: its date, else the latest date it states outright. */
export function documentTime(doc: DocumentResult): string | null {
  if (isCalendar(doc.date?.value)) return doc.date.value;
  const own = doc.dates.filter((d) => !d.anchored && d.type === 'DATE' && isCalendar(d.value)).map((d) => d.value as string);
  return own.sort(compareTimex).pop() ?? null;
}

/**
 * Who a statement comes from: the sources and attributed claims of its sentence, else the outlets
 * the document cites ("reports the Financial Times"). Anonymous sources are named by their words.
 */
function sourcesOf(doc: DocumentResult, ev: EventFact): string[] {
  const out = new Set<string>();
  const label = (name: string | null, text: string): string => name ?? text;
  for (const s of doc.sources) if (s.evidence.sentence === ev.evidence.sentence) out.add(label(s.name, s.text));
  for (const c of doc.claims) {
    if (c.content.start <= ev.start && ev.end <= c.content.end) out.add(label(c.source.name, c.source.text));
  }
  for (const q of doc.quotes ?? []) {
    const inside = q.start <= ev.start && ev.end <= q.end;
    if ((inside || q.evidence.sentence === ev.evidence.sentence) && q.speaker?.name) out.add(q.speaker.name);
  }
  if (out.size === 0) for (const s of doc.sources) if (s.kind === 'outlet' && s.name) out.add(s.name);
  return [...out].filter(Boolean);
}

/** Every event of every document, with documents ordered oldest first (undated ones last, by id). */
export function collectEvents(docs: DocumentResult[]): StoryEvent[] {
  const timed = docs.map((doc) => ({ doc, time: documentTime(doc) }))
    .sort((a, b) => compareTimex(a.time, b.time) || a.doc.id.localeCompare(b.doc.id));
  const out: StoryEvent[] = [];
  timed.forEach(({ doc, time }, order) => {
    for (const ev of doc.events ?? []) {
      out.push({ ev, doc: doc.id, docDate: time, order, key: personKey(ev.personName), sources: sourcesOf(doc, ev) });
    }
  });
  return out;
}
