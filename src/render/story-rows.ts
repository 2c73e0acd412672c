import type { CorpusResult, Story, TimelineEntry } from '../model.js';
import type { Section } from './rows.js';

const list = (xs: string[] | undefined): string => (xs && xs.length ? xs.join(', ') : '-');

export function timelineSection(timeline: TimelineEntry[]): Section {
  return {
    title: 'Timeline', head: ['Date', 'Event', 'People', 'Documents', 'Sources'],
    rows: timeline.map((t) => [t.date, t.event, t.people.join(', '), t.documents.join(', '), t.sources.join(', ')]),
  };
}

/** With several stories in the corpus, a line each so the reader sees what else the documents tell. */
function storiesSection(stories: Story[]): Section {
  return {
    title: 'Stories', head: ['Organisation', 'Position', 'Incumbent', 'Successor', 'Statements'],
    rows: stories.map((s) => [s.organization ?? '-', s.position ?? '-', s.incumbent?.name ?? '-', s.successor ? `${s.successor.name} (${s.successor.status})` : '-', String(s.evidenceCount)]),
  };
}

/** The `story` table: the story with the most evidence, section by section. */
export function storySections(result: CorpusResult): Section[] {
  const s = result.story;
  if (!s) return [{ title: 'No succession story found', head: [], rows: [] }];
  const out: Section[] = [];
  if ((result.stories ?? []).length > 1) out.push(storiesSection(result.stories));
  out.push(
    {
      title: 'Post', head: ['Organisation', 'Position', 'Incumbent', 'Since', 'Term ends', 'Successor'],
      rows: [[s.organization ?? '-', s.position ?? '-', s.incumbent?.name ?? '-', s.incumbent?.since ?? '-', s.incumbent?.termEnd ?? '-', s.successor ? `${s.successor.name} (${s.successor.status})` : '-']],
    },
    { title: 'Holders', head: ['Name', 'From', 'To'], rows: s.holders.map((h) => [h.name, h.from ?? '-', h.to ?? '-']) },
    {
      title: 'Extensions', head: ['New end', 'Status', 'Length', 'Reason', 'Documents'],
      rows: s.extensions.map((e) => [e.end ?? '-', e.status ?? '-', e.duration ?? '-', e.reason ?? '-', e.documents.join(', ')]),
    },
    {
      title: 'Candidates', head: ['Name', 'Status', 'Role then', 'Backers', 'Opponents', 'Dates', 'Documents'],
      rows: s.candidates.map((c) => [c.name, c.status, c.role ?? '-', list(c.backers), list(c.opponents), list(c.dates), c.documents.join(', ')]),
    },
    {
      title: 'Meetings and deadlines', head: ['Name', 'Place', 'Date', 'Deadline', 'Documents'],
      rows: s.meetings.map((m) => [m.name, m.place ?? '-', m.date ?? '-', m.deadline ? 'yes' : '-', m.documents.join(', ')]),
    },
    {
      title: 'Disagreements', head: ['About', 'Claim', 'Documents', 'Sources'],
      rows: s.disagreements.flatMap((d) => d.claims.map((c, i) => [i === 0 ? d.about : '', c.value, c.documents.join(', '), list(c.sources)])),
    },
    {
      title: 'Timeline', head: ['Date', 'Event', 'People', 'Documents', 'Sources', 'Certainty'],
      rows: s.timeline.map((t) => [t.date, t.event, t.people.join(', '), t.documents.join(', '), t.sources.join(', '), t.certainty]),
    },
  );
  return out;
}
