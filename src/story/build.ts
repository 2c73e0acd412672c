import type { DocumentResult, Story } from '../model.js';
import { findCandidates } from './candidates.js';
import { findDisagreements } from './disagreements.js';
import { collectEvents, type StoryEvent } from './events.js';
import { clusterExtensions, extensionClaims, termEnd } from './extensions.js';
import { groupStories, nameTable, type StoryGroup } from './group.js';
import { findHolder, findSuccessor, holderSince } from './holders.js';
import { findMeetings } from './meetings.js';
import { storyTimeline } from './story-timeline.js';

/**
 * The succession stories the documents tell, most evidence first. Reads only per-document results
 * (their events, dates, sources and claims), so merged NDJSON gives the same stories as one run.
 */
export function buildStories(docs: DocumentResult[]): Story[] {
  const events = collectEvents(docs);
  // a story names the post it is about, or at least who takes it; without either it is statements
  // that only look like one ("Congress backed X", "renewed concern about the ship")
  const names = nameTable(events); // one table for every story: built once, not once per story
  return groupStories(events).map((g) => buildStory(g, names)).filter((s) => s.position !== null || s.successor !== null);
}

function buildStory(g: StoryGroup, names: Map<string, string>): Story {
  const events: StoryEvent[] = g.events;
  const holder = findHolder(events);
  const candidates = findCandidates(events, holder, names);
  const only = candidates.find((c) => c.status === 'only candidate' && c.backers.length > 0);
  const onlyKey = only ? [...names.entries()].find(([, n]) => n === only.name)?.[0] ?? null : null;
  const successor = findSuccessor(events, holder, names, onlyKey);
  const extensions = holder ? clusterExtensions(extensionClaims(events, holder)) : [];
  const since = holder ? holderSince(events, holder) : { since: null, evidence: [] };
  const end = holder ? termEnd(extensions, events, holder) : null;
  const meetings = findMeetings(events);
  const holderName = holder ? names.get(holder) ?? holder : null;
  const holders: Story['holders'] = holder ? predecessors(events, holder, since.since) : [];
  // a successor in office took over when the term ended, or when the text says it took office
  // ("X was sworn in on Wednesday")
  const inOffice = successor?.status === 'in office';
  const successorKey = inOffice ? [...names.entries()].find(([, n]) => n === successor.name)?.[0] ?? null : null;
  const handover = inOffice ? end ?? (successorKey ? holderSince(events, successorKey).since : null) : null;
  if (holderName) holders.push({ name: holderName, from: since.since, to: handover, evidence: since.evidence });
  let incumbent: Story['incumbent'] = holderName ? { name: holderName, since: since.since, termEnd: end, evidence: since.evidence } : null;
  if (successor && inOffice) {
    holders.push({ name: successor.name, from: handover, to: null, evidence: successor.evidence });
    incumbent = { name: successor.name, since: handover, termEnd: null, evidence: successor.evidence };
  }
  return {
    organization: g.org, position: g.position, holders, incumbent, successor,
    candidates: candidates.filter((c) => c.name !== successor?.name || successor.status !== 'in office'),
    extensions: extensions.map((x) => ({ end: x.end, reason: x.reason, documents: x.documents, evidence: x.evidence, status: x.status, duration: x.duration, previousEnd: x.previousEnd })),
    meetings,
    timeline: storyTimeline(events, names, meetings),
    disagreements: findDisagreements(extensions, events, holder),
    evidenceCount: events.length,
  };
}

/** "X succeeded Y as governor in 2013": those the holder followed, oldest first, before the holder. */
function predecessors(events: StoryEvent[], holder: string, since: string | null): Story['holders'] {
  const out: Story['holders'] = [];
  for (const e of events) {
    if (e.ev.type !== 'succession' || e.key !== holder || e.ev.details?.tense !== 'past' || !e.ev.object) continue;
    if (out.some((h) => h.name === e.ev.object)) continue;
    out.push({ name: e.ev.object, from: null, to: since ?? e.ev.date ?? null, evidence: [e.ev.evidence] });
  }
  return out;
}
