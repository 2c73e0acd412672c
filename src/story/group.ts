import { personKey, type StoryEvent } from './events.js';

/** The events of one post at one organisation. */
export interface StoryGroup { org: string | null; position: string | null; events: StoryEvent[] }

// Statements that make a post a story: someone holds it, leaves it, wants it or gets it.
const PERSON_TYPES = new Set(['holds', 'extension', 'candidacy', 'interest', 'nomination', 'backing', 'opposition',
  'withdrawal', 'ruled-out', 'appointment', 'succession', 'departure']);

const keyOf = (org: string | null, position: string | null): string => `${org ?? ''}\u0000${position ?? ''}`;

/**
 * Tells stories apart by organisation and post. A statement that named only one of them joins the
 * largest story that agrees with what it named; statements that named neither join the largest story
 * of their own document. Stories without any person statement are dropped.
 */
export function groupStories(events: StoryEvent[]): StoryGroup[] {
  const groups = new Map<string, StoryGroup>();
  const explicit = (e: StoryEvent): boolean => !e.ev.details?.positionImplied && !e.ev.details?.orgImplied;
  const loose: StoryEvent[] = [];
  for (const e of events) {
    if (!e.ev.position && !e.ev.org) { loose.push(e); continue; }
    const k = keyOf(e.ev.org, e.ev.position);
    if (!groups.has(k)) groups.set(k, { org: e.ev.org, position: e.ev.position, events: [] });
    groups.get(k)?.events.push(e);
  }
  // a group known only by implied values folds into a group that was named outright and agrees with it
  const ranked = [...groups.values()].sort((a, b) => b.events.filter(explicit).length - a.events.filter(explicit).length || b.events.length - a.events.length);
  for (const g of [...ranked].reverse()) {
    if (g.events.some(explicit)) continue;
    const host = ranked.find((h) => h !== g && h.events.some(explicit)
      && (!g.position || !h.position || g.position === h.position) && (!g.org || !h.org || g.org === h.org));
    if (host) { host.events.push(...g.events); groups.delete(keyOf(g.org, g.position)); }
  }
  mergeSameHolder(groups);
  mergePartyLeader(groups);
  const stories = [...groups.values()];
  for (const e of loose) {
    const host = stories.filter((g) => g.events.some((x) => x.doc === e.doc)).sort((a, b) => b.events.length - a.events.length)[0];
    host?.events.push(e);
  }
  return stories.filter((g) => g.events.some((e) => PERSON_TYPES.has(e.ev.type) && e.key))
    .sort((a, b) => b.events.length - a.events.length || keyOf(a.org, a.position).localeCompare(keyOf(b.org, b.position)));
}

const HOLDER_TYPES = new Set(['holds', 'extension', 'departure']);

/**
 * One person holds one top post at an organisation at a time, so two posts of the same organisation
 * held by the same person are two names for one post ("nationalbankdirektør" and "direktør i
 * Danmarks Nationalbank"): the smaller story joins the larger.
 */
function mergeSameHolder(groups: Map<string, StoryGroup>): void {
  const holders = (g: StoryGroup): Set<string> => new Set(g.events.filter((e) => HOLDER_TYPES.has(e.ev.type) && e.key).map((e) => e.key as string));
  const bySize = [...groups.values()].sort((a, b) => b.events.length - a.events.length);
  for (const [i, small] of [...bySize.entries()].reverse()) {
    if (!small.org) continue;
    const mine = holders(small);
    const host = bySize.slice(0, i).find((h) => h.org === small.org && groups.has(keyOf(h.org, h.position)) && [...holders(h)].some((k) => mine.has(k)));
    if (!host) continue;
    host.events.push(...small.events);
    groups.delete(keyOf(small.org, small.position));
  }
}

/** The fullest spelling of each person's name across the story ("Nordmann" -> "Ola Nordmann"). */
export function nameTable(events: StoryEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) {
    // the one succeeded may be named only as an object ("X will succeed Y"): Y needs a name too
    const object = e.ev.type === 'succession' ? e.ev.object : null;
    for (const [key, name] of [[e.key, e.ev.personName], [personKey(object), object]] as [string | null, string | null][]) {
      if (!key || !name) continue;
      const cur = names.get(key);
      if (!cur || name.split(/\s+/).length > cur.split(/\s+/).length) names.set(key, name);
    }
  }
  return names;
}

// what a party's leader is also called: "formand for SF" and "landsformand for SF" are one post
const PARTY_HEAD = new Set(['Chair', 'Leader']);

/**
 * An organisation with a "Party Leader" is a party, and its chair or leader is that same post: the
 * smaller story joins the larger, which keeps its name.
 */
function mergePartyLeader(groups: Map<string, StoryGroup>): void {
  for (const leader of [...groups.values()].filter((g) => g.position === 'Party Leader' && g.org)) {
    const other = [...groups.values()].find((g) => g.org === leader.org && PARTY_HEAD.has(g.position ?? ''));
    if (!other) continue;
    const [host, small] = other.events.length >= leader.events.length ? [other, leader] : [leader, other];
    host.events.push(...small.events);
    groups.delete(keyOf(small.org, small.position));
  }
}
