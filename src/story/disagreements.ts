import type { Story } from '../model.js';
import type { StoryEvent } from './events.js';
import type { Extension } from './extensions.js';
import { compatible } from './timex.js';

type Disagreement = Story['disagreements'][number];
type Claim = Disagreement['claims'][number];

function addClaim(claims: Claim[], value: string, e: StoryEvent): void {
  let c = claims.find((x) => x.value === value);
  if (!c) { c = { value, documents: [], sources: [] }; claims.push(c); }
  if (!c.documents.includes(e.doc)) c.documents.push(e.doc);
  for (const s of e.sources) if (!c.sources.includes(s)) c.sources.push(s);
}

/** Claims that cannot all be true: values no one refines into another. */
const conflicting = (claims: Claim[]): boolean => claims.some((a) => claims.some((b) => !compatible(a.value, b.value)));

/**
 * Where documents disagree, both claims with their documents and sources; nothing is picked silently:
 * the end of an extension ("2024-09" / "2024-SU"), how often the term was extended ("three times" /
 * "by a year"), since when the post is held.
 */
export function findDisagreements(extensions: Extension[], events: StoryEvent[], holder: string | null): Disagreement[] {
  const out: Disagreement[] = [];
  for (const x of extensions) {
    const claims: Claim[] = [];
    for (const c of x.claims) if (c.end) addClaim(claims, c.end, c.e);
    if (conflicting(claims)) out.push({ about: `end of the extension (${x.status})`, claims });
  }
  const times: Claim[] = [];
  for (const e of events) {
    if (e.ev.type !== 'extension' || e.key !== holder) continue;
    const count = e.ev.details?.count;
    if (typeof count === 'number') addClaim(times, `extended ${count} time${count === 1 ? '' : 's'}`, e);
    else if (e.ev.details?.tense === 'past' && typeof e.ev.details?.duration === 'string') addClaim(times, `extended once, by ${e.ev.details.duration}`, e);
  }
  if (times.length > 1 && times.some((c) => !c.value.includes('once'))) out.push({ about: 'how many times the term was extended', claims: times });
  const since: Claim[] = [];
  for (const e of events) if (e.ev.type === 'holds' && e.key === holder && e.ev.date) addClaim(since, e.ev.date, e);
  if (conflicting(since)) out.push({ about: 'holder in office since', claims: since });
  return out;
}
