import type { Story } from '../model.js';
import type { StoryEvent } from './events.js';
import { compareTimex } from './timex.js';

type Candidate = Story['candidates'][number] & { dates: string[] };

const CANDIDATE_TYPES = new Set(['candidacy', 'interest', 'nomination', 'withdrawal', 'ruled-out', 'appointment', 'succession', 'backing', 'opposition']);
// The furthest a candidacy has gone; a later withdrawal or "not a candidate" overrides (see statusOf).
const PROGRESS: [string, (e: StoryEvent) => boolean][] = [
  ['appointed', (e) => e.ev.type === 'appointment' && e.ev.certainty === 'certain' && e.ev.details?.tense === 'past'],
  ['only candidate', (e) => e.ev.details?.status === 'only candidate'],
  ['nominated', (e) => e.ev.type === 'nomination'],
  ['backed', (e) => e.ev.type === 'backing' && countsAsBacker(e)],
  ['contender', (e) => e.ev.details?.status === 'contender' || e.ev.type === 'succession'],
  ['candidate', (e) => e.ev.type === 'candidacy'],
  ['interested', (e) => e.ev.type === 'interest'],
];

/** A backer counts when the text says so, not when it only hopes or wonders ("pressure to endorse"). */
const countsAsBacker = (e: StoryEvent): boolean =>
  (e.ev.certainty === 'certain' || e.ev.certainty === 'likely') && !e.ev.details?.prospective && typeof e.ev.details?.backer === 'string';

function statusOf(mine: StoryEvent[]): string {
  const latest = Math.max(...mine.map((e) => e.order));
  const last = mine.filter((e) => e.order === latest);
  if (last.some((e) => e.ev.type === 'withdrawal')) return 'withdrew';
  if (last.some((e) => e.ev.type === 'ruled-out')) return 'ruled out';
  for (const [status, test] of PROGRESS) if (mine.some(test)) return status;
  return 'candidate';
}

/**
 * Everyone who wants, is put forward for, is backed for or gets the post, other than its holder:
 * status, the role they held then, backers and opponents, dates and documents.
 */
export function findCandidates(events: StoryEvent[], holder: string | null, names: Map<string, string>): Candidate[] {
  const byKey = new Map<string, StoryEvent[]>();
  for (const e of events) {
    if (!e.key || e.key === holder || !CANDIDATE_TYPES.has(e.ev.type)) continue;
    (byKey.get(e.key) ?? byKey.set(e.key, []).get(e.key))?.push(e);
  }
  const out: Candidate[] = [];
  for (const [key, mine] of byKey) {
    // someone only ever backed or opposed, never said to run, is not yet a candidate
    if (!mine.some((e) => e.ev.type !== 'backing' && e.ev.type !== 'opposition')) continue;
    const backers = new Set<string>(); const opponents = new Set<string>();
    for (const e of mine) {
      const who = e.ev.details?.backer;
      if (typeof who !== 'string' || !who) continue;
      // all of a list ("The European Union, Japan and China all support X"), else the one named
      const listed = e.ev.details?.backers;
      const all = Array.isArray(listed) && listed.every((x) => typeof x === 'string') ? listed as string[] : [who];
      if (e.ev.type === 'backing' && countsAsBacker(e)) for (const w of all) backers.add(w);
      if (e.ev.type === 'opposition' && e.ev.certainty !== 'uncertain') for (const w of all) opponents.add(w);
    }
    const role = mine.map((e) => e.ev.details?.role).find((r) => typeof r === 'string' && r) as string | undefined;
    out.push({
      name: names.get(key) ?? key, status: statusOf(mine), role: role ?? null,
      backers: [...backers], opponents: [...opponents],
      documents: [...new Set([...mine].sort((a, b) => a.order - b.order).map((e) => e.doc))],
      dates: [...new Set(mine.map((e) => e.ev.date ?? e.docDate).filter((d): d is string => !!d))].sort(compareTimex),
      evidence: mine.map((e) => e.ev.evidence),
    });
  }
  return out.sort((a, b) => b.evidence.length - a.evidence.length || a.name.localeCompare(b.name));
}
