import type { CorpusResult, Story, TimelineEntry } from '../../model.js';
import { readableDate, timexRange, type DayRange } from './dates.js';
import { Builder, type TimelineModel } from './timeline-builder.js';

export type { ItemKind, TimelineItem, TimelineModel } from './timeline-builder.js';

const MAX_CANDIDATE_LANES = 10;

function samePerson(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function addTenures(b: Builder, s: Story): void {
  const lane = b.lane('Holders');
  const inc = s.incumbent;
  const holders = [...s.holders];
  if (inc && !holders.some((h) => samePerson(h.name, inc.name))) holders.push({ name: inc.name, from: inc.since, to: null, evidence: inc.evidence });
  for (const h of holders) {
    const isInc = inc !== null && samePerson(h.name, inc.name);
    const to = h.to ?? (isInc ? inc.termEnd : null);
    const when = `${h.from ? readableDate(h.from) : '?'} – ${to ? readableDate(to) : 'open'}`;
    b.bar(lane, 'tenure', timexRange(h.from), timexRange(to), when, h.name, isInc ? `${h.name}, incumbent` : `${h.name}, holder of the post`, h.evidence);
  }
}

function addExtensions(b: Builder, s: Story): void {
  if (!s.extensions.length) return;
  const lane = b.lane('Term extensions');
  const dated = s.extensions.filter((e) => timexRange(e.end)).sort((x, y) => timexRange(x.end)!.start - timexRange(y.end)!.start);
  let prev: DayRange | null = null;
  for (const e of dated) {
    const end = timexRange(e.end)!;
    const detail = `term extended to ${readableDate(e.end)}${e.reason ? ` (${e.reason})` : ''}`;
    if (prev && prev.end < end.end) b.bar(lane, 'extension', { start: prev.end, end: prev.end }, end, readableDate(e.end), 'extension', detail, e.evidence);
    else b.point(lane, 'extension', e.end, 'extension', detail, e.evidence, e.documents);
    prev = end;
  }
}

/** Decisions to extend, dated when they were taken, sit on the extensions lane. */
function addExtensionDecisions(b: Builder, s: Story, used: Set<TimelineEntry>): void {
  const decisions = s.timeline.filter((t) => /extension/i.test(t.type) && timexRange(t.date));
  if (!decisions.length) return;
  const lane = b.lane('Term extensions');
  for (const t of decisions) { used.add(t); b.point(lane, 'event', t.date, 'decision', t.event, t.evidence, t.documents); }
}

const SCHEDULED = /deadline|summit|meeting/i;

function involves(t: TimelineEntry, name: string): boolean {
  return t.people.some((p) => samePerson(p, name));
}

function addCandidates(b: Builder, s: Story, docDates: Map<string, string | null>, used: Set<TimelineEntry>): void {
  for (const c of s.candidates.slice(0, MAX_CANDIDATE_LANES)) {
    const lane = b.lane(`candidate:${c.name}`, c.name);
    const entries = s.timeline.filter((t) => involves(t, c.name) && !SCHEDULED.test(t.type) && timexRange(t.date));
    for (const t of entries) { used.add(t); b.point(lane, 'candidacy', t.date, c.name, `${t.type}: ${t.event}`, t.evidence, t.documents); }
    if (!entries.length) {
      for (const d of c.documents) b.point(lane, 'candidacy', docDates.get(d) ?? null, c.name, `${c.name} (${c.status}) named in ${d}`, c.evidence.filter((e) => e.document === d), [d]);
    }
    const spans = b.items.filter((i) => i.lane === lane);
    if (spans.length > 1) {
      const from = spans.reduce((m, i) => Math.min(m, i.from), Infinity);
      const to = spans.reduce((m, i) => Math.max(m, i.from), -Infinity);
      const when = `${readableDate(spans.find((i) => i.from === from)?.when)} – ${readableDate(spans.find((i) => i.from === to)?.when)}`;
      if (to > from) b.items.push({ lane, kind: 'candidacy', from, to, bar: true, label: c.name, detail: `${c.status}, in the news for this stretch`, when, evidence: c.evidence, documents: c.documents });
    }
  }
}

function addMeetings(b: Builder, s: Story, used: Set<TimelineEntry>): void {
  const deadlines = s.timeline.filter((t) => SCHEDULED.test(t.type));
  if (!s.meetings.length && !deadlines.length) return;
  const lane = b.lane('Summits, deadlines');
  for (const m of s.meetings) b.point(lane, 'meeting', m.date, m.name, [m.name, m.place].filter(Boolean).join(', '), [], m.documents);
  for (const t of deadlines) { used.add(t); b.point(lane, /deadline/i.test(t.type) ? 'deadline' : 'meeting', t.date, t.type, t.event, t.evidence, t.documents); }
}

function addEvents(b: Builder, entries: TimelineEntry[], used: Set<TimelineEntry>): void {
  const rest = entries.filter((t) => !used.has(t) && timexRange(t.date));
  if (!rest.length) return;
  const lane = b.lane('Other dated facts');
  for (const t of rest) b.point(lane, 'event', t.date, t.type, t.event, t.evidence, t.documents);
}

/** Lanes: holders, extensions, one per candidate, summits and deadlines, other facts, articles. */
export function timelineModel(result: CorpusResult): TimelineModel {
  const b = new Builder();
  const s = result.story;
  const docDates = new Map(result.documents.map((d) => [d.id, d.date?.value ?? null]));
  const used = new Set<TimelineEntry>();
  if (s) {
    addTenures(b, s);
    addExtensions(b, s);
    addExtensionDecisions(b, s, used);
    addCandidates(b, s, docDates, used);
    addMeetings(b, s, used);
  }
  addEvents(b, s ? s.timeline : result.timeline, used);
  const articles = b.lane('Articles');
  for (const d of result.documents) b.point(articles, 'article', d.date?.value, d.id, `date of the article (from the ${d.date?.source ?? 'none'})`, d.date?.evidence ? [d.date.evidence] : [], [d.id]);
  return b.compact();
}
