import { personKey, type StoryEvent } from './events.js';

/** The events of one post at one organisation. */
export interface StoryGroup { org: string | null; position: string | null; events: StoryEvent[]; key: string }

// Statements that make a post a story: someone holds it, leaves it, wants it or gets it.
const PERSON_TYPES = new Set(['holds', 'extension', 'candidacy', 'interest', 'nomination', 'backing', 'opposition',
  'withdrawal', 'ruled-out', 'appointment', 'succession', 'departure']);

const keyOf = (org: string | null, position: string | null): string => `${org ?? ''}\u0000${position ?? ''}`;

/** Appends `value` to the list under `key`. */
function pushTo<K, V>(m: Map<K, V[]>, key: K, value: V): void {
  const l = m.get(key);
  if (l) l.push(value); else m.set(key, [value]);
}

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
    // "President" with no organisation in two articles need not be one post: such statements group by document
    const k = e.ev.org ? keyOf(e.ev.org, e.ev.position) : `${keyOf(null, e.ev.position)}\u0000${e.doc}`;
    if (!groups.has(k)) groups.set(k, { org: e.ev.org, position: e.ev.position, events: [], key: k });
    groups.get(k)?.events.push(e);
  }
  foldImplied(groups, explicit);
  mergeGenericPost(groups);
  mergeSameHolder(groups);
  mergePartyLeader(groups);
  mergeSameStem(groups);
  const stories = [...groups.values()];
  // statements that named neither join the largest story of their document (the first on a tie)
  const byDoc = new Map<string, StoryGroup[]>();
  for (const g of stories) for (const d of new Set(g.events.map((x) => x.doc))) pushTo(byDoc, d, g);
  for (const e of loose) {
    let host: StoryGroup | null = null;
    for (const g of byDoc.get(e.doc) ?? []) if (!host || g.events.length > host.events.length) host = g;
    host?.events.push(e);
  }
  return stories.filter((g) => g.events.some((e) => PERSON_TYPES.has(e.ev.type) && e.key))
    .sort((a, b) => b.events.length - a.events.length || a.key.localeCompare(b.key));
}

/**
 * A group known only by implied values folds into the highest-ranked group that was named outright
 * and agrees with it (ranked by statements named outright, then by size). The hosts are looked up
 * by post and organisation, by document and by person, so a corpus with many stories costs no scan of
 * them all per group.
 */
function foldImplied(groups: Map<string, StoryGroup>, explicit: (e: StoryEvent) => boolean): void {
  const count = new Map<StoryGroup, number>();
  for (const g of groups.values()) count.set(g, g.events.filter(explicit).length);
  const ranked = [...groups.values()].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || b.events.length - a.events.length);
  const rank = new Map(ranked.map((g, i) => [g, i]));
  // the best-ranked host for each post and organisation and for each organisation; the hosts that hold
  // statements of each document and that name each person, best-ranked first
  const byPair = new Map<string, StoryGroup>(); const byOrg = new Map<string, StoryGroup>();
  const byDoc = new Map<string, StoryGroup[]>(); const byPerson = new Map<string, StoryGroup[]>();
  for (const h of ranked) {
    if (!count.get(h)) continue;
    if (!byPair.has(keyOf(h.org, h.position))) byPair.set(keyOf(h.org, h.position), h);
    if (!byOrg.has(h.org ?? '')) byOrg.set(h.org ?? '', h);
    for (const d of new Set(h.events.map((e) => e.doc))) pushTo(byDoc, d, h);
    for (const k of new Set(h.events.flatMap(peopleOf))) pushTo(byPerson, k, h);
  }
  const best = (hosts: (StoryGroup | undefined)[]): StoryGroup | null =>
    hosts.reduce<StoryGroup | null>((a, h) => (h && (!a || (rank.get(h) ?? 0) < (rank.get(a) ?? 0)) ? h : a), null);
  for (const g of [...ranked].reverse()) {
    if (count.get(g)) continue;
    // a host agrees when its post and organisation are each missing or the same as the group's; a
    // post with no organisation is one document's (groupStories), so it joins a story of that
    // document or one that names the same people ("President" in two unrelated articles stays apart)
    const samePost = (h: StoryGroup): boolean => !h.position || h.position === g.position;
    const host = g.position && g.org ? best([byPair.get(keyOf(g.org, g.position)), byPair.get(keyOf(null, g.position)), byPair.get(keyOf(g.org, null)), byPair.get(keyOf(null, null))])
      : g.position ? best([(byDoc.get(g.events[0].doc) ?? []).find(samePost), ...[...new Set(g.events.flatMap(peopleOf))].map((k) => (byPerson.get(k) ?? []).find(samePost))])
        : best([byOrg.get(g.org ?? ''), byOrg.get('')]);
    if (host) { host.events.push(...g.events); groups.delete(g.key); }
  }
}

/** The people a statement is about: its subject and, in a succession, the one succeeded. */
function peopleOf(e: StoryEvent): string[] {
  const object = e.ev.type === 'succession' ? personKey(e.ev.object) : null;
  return [e.key, object].filter((k): k is string => !!k);
}

const HOLDER_TYPES = new Set(['holds', 'extension', 'departure']);

/** A story whose post the text named only with a generic word ("the next head of the WTO", "WTO chief"). */
const isGenericPost = (g: StoryGroup): boolean => g.events.some((e) => e.ev.details?.generic)
  && g.events.every((e) => e.ev.details?.generic || e.ev.details?.positionImplied);

/**
 * "U.S. blocks Okonjo-Iweala as WTO head" in one article and "director-general of the World Trade
 * Organization" in the others: a story of an organisation's generic "head" or "chief" joins the
 * largest story of a named post at the same organisation that is about the same people.
 */
function mergeGenericPost(groups: Map<string, StoryGroup>): void {
  const bySize = [...groups.values()].sort((a, b) => b.events.length - a.events.length);
  const generic = new Set(bySize.filter(isGenericPost));
  // the stories of a named post at each organisation, largest first
  const named = new Map<string, StoryGroup[]>();
  for (const h of bySize) if (h.org && !generic.has(h)) pushTo(named, h.org, h);
  for (const g of [...bySize].reverse()) {
    if (!g.org || !generic.has(g)) continue;
    const mine = new Set(g.events.flatMap(peopleOf));
    const host = (named.get(g.org) ?? []).find((h) => groups.has(h.key) && h.events.some((e) => peopleOf(e).some((k) => mine.has(k))));
    if (!host) continue;
    host.events.push(...g.events);
    groups.delete(g.key);
  }
}

/**
 * One person holds one top post at an organisation at a time, so two posts of the same organisation
 * held by the same person are two names for one post ("nationalbankdirektør" and "direktør i
 * Danmarks Nationalbank"): the smaller story joins the larger.
 */
function mergeSameHolder(groups: Map<string, StoryGroup>): void {
  const holders = new Map<StoryGroup, Set<string>>();
  for (const g of groups.values()) holders.set(g, new Set(g.events.filter((e) => HOLDER_TYPES.has(e.ev.type) && e.key).map((e) => e.key as string)));
  const bySize = [...groups.values()].sort((a, b) => b.events.length - a.events.length);
  // the larger stories of each organisation, in size order
  const byOrg = new Map<string, { g: StoryGroup; i: number }[]>();
  bySize.forEach((g, i) => { if (g.org) pushTo(byOrg, g.org, { g, i }); });
  for (const [i, small] of [...bySize.entries()].reverse()) {
    if (!small.org) continue;
    const mine = holders.get(small) as Set<string>;
    const host = (byOrg.get(small.org) ?? []).find((h) => h.i < i && groups.has(h.g.key) && [...(holders.get(h.g) as Set<string>)].some((k) => mine.has(k)))?.g;
    if (!host) continue;
    host.events.push(...small.events);
    for (const k of mine) holders.get(host)?.add(k);
    groups.delete(small.key);
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
    groups.delete(small.key);
  }
}

/** "København" and "Københavns Kommune", "Aarhus" and "Aarhus Kommune": a town and its council. */
const stemOf = (org: string): string => org.replace(/\s+(?:Kommune|Kommunalbestyrelse|Byråd|Municipality|City Council|Council)$/u, '')
  .toLowerCase().replace(/['’]?s$/u, '');

/**
 * Two stories of one post at a town and at its council ("København", "Københavns Kommune") are one
 * story: the smaller joins the larger. "Bank of England" and "Bank of Japan" stay apart.
 */
function mergeSameStem(groups: Map<string, StoryGroup>): void {
  const bySize = [...groups.values()].sort((a, b) => b.events.length - a.events.length);
  // the stories of each post at each stem, in size order
  const byStem = new Map<string, { g: StoryGroup; i: number }[]>();
  bySize.forEach((g, i) => {
    if (!g.org || !g.position) return;
    const stem = stemOf(g.org);
    if (stem.length < 4) return;
    pushTo(byStem, `${stem}\u0000${g.position}`, { g, i });
  });
  for (const [i, small] of [...bySize.entries()].reverse()) {
    if (!small.org || !small.position) continue;
    const host = (byStem.get(`${stemOf(small.org)}\u0000${small.position}`) ?? []).find((h) => h.i < i && h.g.org !== small.org && groups.has(h.g.key))?.g;
    if (!host) continue;
    host.events.push(...small.events);
    groups.delete(small.key);
  }
}
