import type { Evidence, Story } from '../model.js';
import type { StoryEvent } from './events.js';
import { personKey } from './events.js';
import { compareTimex } from './timex.js';

type Successor = NonNullable<Story['successor']>;
const HOLDER_WEIGHT: Record<string, number> = { holds: 3, extension: 2, departure: 2 };

/**
 * The person the post belongs to in the text: most "holds", "extended" and "steps down" statements.
 * Someone who took office in the past counts too, below those ("Kishida, who took office in October
 * 2021, ..."): with nobody else holding or leaving the post, that is its holder, not a successor.
 */
export function findHolder(events: StoryEvent[]): string | null {
  const score = new Map<string, number>();
  for (const e of events) {
    const w = HOLDER_WEIGHT[e.ev.type] ?? (tookOfficeBefore(e) ? 1 : 0);
    if (w && e.key) score.set(e.key, (score.get(e.key) ?? 0) + w);
    // "He will succeed X": X holds the post
    const obj = e.ev.type === 'succession' ? personKey(e.ev.object) : null;
    if (obj) score.set(obj, (score.get(obj) ?? 0) + 2);
  }
  return [...score.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** Since when: the earliest "since" the documents give for the holder. */
export function holderSince(events: StoryEvent[], key: string): { since: string | null; evidence: Evidence[] } {
  // "has led the bank since 2016", and "took office in November 2011" told in the past
  const held = events.filter((e) => e.key === key && e.ev.date
    && (e.ev.type === 'holds' || (e.ev.type === 'appointment' && e.ev.details?.tense === 'past')));
  const since = held.map((e) => e.ev.date as string).sort(compareTimex)[0] ?? null;
  return { since, evidence: held.filter((e) => e.ev.date === since).map((e) => e.ev.evidence) };
}

/** "who took office in October 2021": a certain appointment, told in the past, with its date. */
function tookOfficeBefore(e: StoryEvent): boolean {
  return e.ev.type === 'appointment' && e.ev.details?.tense === 'past' && e.ev.certainty === 'certain' && !!e.ev.date
    && IN_OFFICE.test(e.ev.evidence.sentenceText);
}

const RANK: Record<string, number> = { 'in office': 4, appointed: 3, agreed: 2, expected: 1 };
const AGREED = /\b(?:agreed|chosen|selected|confirmed|named|enige|valgt|udpeget)\b/iu;
const IN_OFFICE = /\b(?:took office|sworn in|tiltrådt|tiltrådte|has succeeded|succeeded|took over|became)\b/iu;

/** What a succession or appointment statement makes of its subject. */
function statusOf(e: StoryEvent): string | null {
  const text = e.ev.evidence.sentenceText;
  const past = e.ev.details?.tense === 'past';
  if (e.ev.type === 'appointment') {
    if (IN_OFFICE.test(text) && e.ev.certainty === 'certain') return 'in office';
    return past && e.ev.certainty === 'certain' ? 'appointed' : 'expected';
  }
  if (e.ev.type === 'succession') {
    if (e.ev.certainty === 'possible') return null;
    if (past && e.ev.certainty === 'certain' && IN_OFFICE.test(text)) return 'in office';
    return AGREED.test(text) && e.ev.certainty === 'certain' ? 'agreed' : 'expected';
  }
  return null;
}

/**
 * The successor: someone said to succeed the holder or appointed to the post, with the strongest status
 * the latest documents give; failing that, an only candidate with backers is the expected successor.
 */
export function findSuccessor(events: StoryEvent[], holder: string | null, names: Map<string, string>, onlyCandidate: string | null): Successor | null {
  let best: { key: string; status: string; order: number; evidence: Evidence[] } | null = null;
  // a stand-in ("will serve as interim chief executive") is the successor only when nobody else is named
  const permanent = events.some((e) => e.key && e.key !== holder && (e.ev.type === 'succession' || e.ev.type === 'appointment') && !e.ev.details?.interim && statusOf(e));
  for (const e of events) {
    if (!e.key || e.key === holder || (e.ev.type !== 'succession' && e.ev.type !== 'appointment') || (permanent && e.ev.details?.interim)) continue;
    if (e.ev.type === 'succession' && holder && personKey(e.ev.object) !== holder) continue;
    const status = statusOf(e);
    if (!status) continue;
    const better = !best || RANK[status] > RANK[best.status] || (RANK[status] === RANK[best.status] && e.order > best.order);
    if (better) best = { key: e.key, status, order: e.order, evidence: [e.ev.evidence] };
    else if (best && best.key === e.key) best.evidence.push(e.ev.evidence);
  }
  if (best) return { name: names.get(best.key) ?? best.key, status: best.status, evidence: best.evidence };
  if (onlyCandidate) {
    const ev = events.filter((e) => e.key === onlyCandidate).map((e) => e.ev.evidence);
    return { name: names.get(onlyCandidate) ?? onlyCandidate, status: 'expected', evidence: ev.slice(0, 3) };
  }
  return null;
}
