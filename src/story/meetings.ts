import type { Story } from '../model.js';
import type { StoryEvent } from './events.js';
import { compatible, finer } from './timex.js';

type Meeting = Story['meetings'][number];

/**
 * Meetings and deadlines that matter: summits, congresses, votes, dated deadlines. Mentions in several
 * documents are one meeting when they share a place or a date ("the Madrid summit" / "a mid-July summit in Spain").
 */
export function findMeetings(events: StoryEvent[]): Meeting[] {
  const out: (Meeting & { deadline: boolean; kind: string })[] = [];
  for (const e of [...events].sort((a, b) => a.order - b.order)) {
    if (e.ev.type !== 'meeting' && e.ev.type !== 'deadline') continue;
    const place = typeof e.ev.details?.place === 'string' ? e.ev.details.place : null;
    const date = e.ev.date ?? null;
    const cue = typeof e.ev.details?.name === 'string' ? e.ev.details.name : e.ev.text;
    const same = out.find((m) => m.kind === e.ev.type && ((place && m.place === place) || (date && m.date && compatible(date, m.date))
      || (!date && !place && m.name.toLowerCase().endsWith(cue.toLowerCase()))));
    if (same) {
      if (!same.place && place) { same.place = place; same.name = `${place} ${cue}`; }
      if (date) same.date = same.date && compatible(same.date, date) ? finer(same.date, date) : same.date ?? date;
      if (!same.documents.includes(e.doc)) same.documents.push(e.doc);
      same.deadline ||= Boolean(e.ev.details?.deadline);
      continue;
    }
    out.push({ name: place ? `${place} ${cue}` : cue, place, date, documents: [e.doc], deadline: Boolean(e.ev.details?.deadline) || e.ev.type === 'deadline', kind: e.ev.type });
  }
  return mergeSameDate(out).map(({ kind: _kind, ...m }) => m);
}

/** Two names for one meeting in the same month ("the Madrid summit", "a July summit in Spain"): keep the better-attested name. */
function mergeSameDate<T extends Meeting & { deadline: boolean; kind: string }>(list: T[]): T[] {
  const out: T[] = [];
  for (const m of [...list].sort((a, b) => b.documents.length - a.documents.length)) {
    const same = out.find((o) => o.kind === m.kind && o.date && m.date && compatible(o.date, m.date));
    if (!same) { out.push(m); continue; }
    same.date = finer(same.date as string, m.date as string);
    for (const d of m.documents) if (!same.documents.includes(d)) same.documents.push(d);
    same.deadline ||= m.deadline;
  }
  return out.sort((a, b) => list.indexOf(a) - list.indexOf(b));
}
