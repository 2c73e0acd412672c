import type { CorpusResult, TimelineEntry } from '../model.js';
import type { Section } from './rows.js';

export function timelineSection(timeline: TimelineEntry[]): Section {
  return {
    title: 'Timeline', head: ['Date', 'Event', 'People', 'Documents', 'Sources'],
    rows: timeline.map((t) => [t.date, t.event, t.people.join(', '), t.documents.join(', '), t.sources.join(', ')]),
  };
}

export function storySections(result: CorpusResult): Section[] {
  const s = result.story;
  if (!s) return [{ title: 'No succession story found', head: [], rows: [] }];
  return [
    {
      title: 'Post', head: ['Organisation', 'Position', 'Incumbent', 'Since', 'Term ends', 'Successor'],
      rows: [[s.organization ?? '-', s.position ?? '-', s.incumbent?.name ?? '-', s.incumbent?.since ?? '-', s.incumbent?.termEnd ?? '-', s.successor ? `${s.successor.name} (${s.successor.status})` : '-']],
    },
    { title: 'Holders', head: ['Name', 'From', 'To'], rows: s.holders.map((h) => [h.name, h.from ?? '-', h.to ?? '-']) },
    { title: 'Extensions', head: ['New end', 'Reason', 'Documents'], rows: s.extensions.map((e) => [e.end ?? '-', e.reason ?? '-', e.documents.join(', ')]) },
    {
      title: 'Candidates', head: ['Name', 'Status', 'Role', 'Backers', 'Opponents', 'Documents'],
      rows: s.candidates.map((c) => [c.name, c.status, c.role ?? '-', c.backers.join(', '), c.opponents.join(', '), c.documents.join(', ')]),
    },
    { title: 'Meetings and deadlines', head: ['Name', 'Place', 'Date'], rows: s.meetings.map((m) => [m.name, m.place ?? '-', m.date ?? '-']) },
    { title: 'Disagreements', head: ['About', 'Claims'], rows: s.disagreements.map((d) => [d.about, d.claims.map((c) => `${c.value} [${c.documents.join(', ')}]`).join(' vs ')]) },
    timelineSection(s.timeline),
  ];
}
