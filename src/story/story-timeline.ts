import type { Story, TimelineEntry } from '../model.js';
import type { StoryEvent } from './events.js';
import { compareTimex, isCalendar } from './timex.js';

const VERB: Record<string, string> = {
  holds: 'holds the post', extension: 'term extended', candidacy: 'candidate', interest: 'interested', nomination: 'nominated',
  backing: 'backed', opposition: 'opposed', withdrawal: 'withdraws', 'ruled-out': 'not a candidate', appointment: 'appointed',
  succession: 'to succeed', departure: 'leaves the post', meeting: 'meeting', deadline: 'deadline',
};

/** A one-line account of a statement: "Ola Nordmann: term extended to 2023-09-30 (the Ukraine crisis)". */
function describe(e: StoryEvent, names: Map<string, string>): string {
  const d = e.ev.details ?? {};
  const who = e.key ? names.get(e.key) ?? e.ev.personName : null;
  const parts = [VERB[e.ev.type] ?? e.ev.type];
  if (e.ev.type === 'succession' && e.ev.object) parts.push(e.ev.object);
  if (e.ev.until) parts.push(`to ${e.ev.until}`);
  else if (typeof d.duration === 'string') parts.push(`by ${d.duration}`);
  if (typeof d.backer === 'string') parts.push(`by ${d.backer}`);
  if (typeof d.status === 'string' && d.status !== 'candidate') parts.push(`(${d.status})`);
  if (typeof d.place === 'string') parts.push(`in ${d.place}`);
  if (typeof d.name === 'string' && !who) parts.unshift(d.name);
  if (typeof d.reason === 'string') parts.push(`(${d.reason})`);
  return `${who ? `${who}: ` : ''}${parts.join(' ')}`;
}

/**
 * The story's events in date order. A statement is placed at the date it gives, else at its
 * document's date (`dated: 'document'`); identical statements from several documents merge.
 */
export function storyTimeline(events: StoryEvent[], names: Map<string, string>, meetings: Story['meetings'] = []): TimelineEntry[] {
  const out = new Map<string, TimelineEntry>();
  for (const m of meetings) {
    if (!isCalendar(m.date)) continue;
    const evidence = events.filter((e) => (e.ev.type === 'meeting' || e.ev.type === 'deadline') && m.documents.includes(e.doc) && (e.ev.details?.place ?? null) === m.place);
    const sources = [...new Set(evidence.flatMap((e) => e.sources))];
    out.set(`${m.date}\u0000${m.name}`, { date: m.date, event: m.deadline ? `${m.name} (deadline)` : m.name, type: 'meeting', people: [], documents: [...m.documents], sources, certainty: 'stated', dated: 'text', evidence: evidence.map((e) => e.ev.evidence) });
  }
  for (const e of events) {
    if (e.ev.type === 'meeting' || e.ev.type === 'deadline') continue;
    const stated = isCalendar(e.ev.date) ? e.ev.date : null;
    const date = stated ?? (isCalendar(e.docDate) ? e.docDate : null);
    if (!date) continue;
    const event = describe(e, names);
    const k = `${date}\u0000${event}`;
    const people = [e.key ? names.get(e.key) : null, e.ev.object].filter((x): x is string => !!x);
    const entry = out.get(k) ?? { date, event, type: e.ev.type, people, documents: [], sources: [], certainty: e.ev.certainty, dated: stated ? 'text' as const : 'document' as const, evidence: [] };
    if (!entry.documents.includes(e.doc)) entry.documents.push(e.doc);
    for (const s of e.sources) if (!entry.sources.includes(s)) entry.sources.push(s);
    entry.evidence.push(e.ev.evidence);
    out.set(k, entry);
  }
  return [...out.values()].sort((a, b) => compareTimex(a.date, b.date) || a.event.localeCompare(b.event));
}
