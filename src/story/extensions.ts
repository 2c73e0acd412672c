import type { Evidence } from '../model.js';
import type { StoryEvent } from './events.js';
import { addDuration, compareTimex, compatible, finer } from './timex.js';

/** One extension statement with the end it gives or implies. */
export interface ExtensionClaim { e: StoryEvent; end: string | null; past: boolean }

export interface Extension {
  end: string | null;
  reason: string | null;
  documents: string[];
  evidence: Evidence[];
  /** done (it happened), agreed (decided, still to come), proposed (reported or likely). */
  status: string;
  duration: string | null;
  previousEnd: string | null;
  /** Every end the documents give for this extension, with where each comes from. */
  claims: ExtensionClaim[];
}

/** The end of the term in force when a document was written: "set to step down in September". */
function currentEnd(events: StoryEvent[], doc: string, holder: string): string | null {
  const own = events.filter((e) => e.doc === doc && e.key === holder && e.ev.certainty !== 'denied');
  const leaving = own.filter((e) => e.ev.type === 'departure' && e.ev.date).map((e) => e.ev.date as string);
  const done = own.filter((e) => e.ev.type === 'extension' && e.ev.details?.tense === 'past' && e.ev.until).map((e) => e.ev.until as string);
  return [...leaving, ...done].sort(compareTimex).pop() ?? null;
}

/**
 * The end each statement gives: stated ("now ending on September 30, 2023"), the term end the same
 * document gives for a past extension, or that end plus the length asked for ("another year").
 */
export function extensionClaims(events: StoryEvent[], holder: string): ExtensionClaim[] {
  const out: ExtensionClaim[] = [];
  for (const e of events) {
    // "his term will not be extended" is no extension
    if (e.ev.type !== 'extension' || e.key !== holder || e.ev.certainty === 'denied') continue;
    const past = e.ev.details?.tense === 'past';
    const base = currentEnd(events, e.doc, holder);
    const duration = typeof e.ev.details?.duration === 'string' ? e.ev.details.duration : null;
    const end = e.ev.until ?? (past ? base : addDuration(base, duration));
    out.push({ e, end, past });
  }
  return out;
}

/** Groups statements into distinct extensions: ends in the same year are one extension. */
export function clusterExtensions(claims: ExtensionClaim[]): Extension[] {
  const clusters: ExtensionClaim[][] = [];
  for (const c of claims.filter((x) => x.end)) {
    const home = clusters.find((k) => k.some((x) => (x.end as string).slice(0, 4) === (c.end as string).slice(0, 4)));
    if (home) home.push(c); else clusters.push([c]);
  }
  const endOf = (k: ExtensionClaim[]): string => k.map((x) => x.end as string).sort(compareTimex)[0];
  clusters.sort((a, b) => compareTimex(endOf(a), endOf(b)));
  for (const c of claims.filter((x) => !x.end)) {
    // undated statements: a past one is the latest extension already made, a hopeful one the next
    const pastOnes = clusters.filter((k) => k.some((x) => x.past));
    const home = c.past ? (pastOnes[pastOnes.length - 1] ?? clusters[0]) : clusters[clusters.length - 1];
    if (home) home.push(c); else clusters.push([c]);
  }
  return clusters.map(toExtension);
}

function toExtension(k: ExtensionClaim[]): Extension {
  const byOrder = [...k].sort((a, b) => a.e.order - b.e.order);
  const ends = byOrder.map((x) => x.end).filter((v): v is string => !!v);
  const agree = ends.every((v) => ends.every((w) => compatible(v, w)));
  const end = ends.length === 0 ? null : agree ? ends.reduce(finer) : ends[ends.length - 1];
  const pick = (f: (x: ExtensionClaim) => unknown): string | null => {
    const v = byOrder.map(f).find((x) => typeof x === 'string' && x);
    return typeof v === 'string' ? v : null;
  };
  const status = k.some((x) => x.past && x.e.ev.certainty === 'certain') ? 'done'
    : k.some((x) => x.e.ev.certainty === 'certain') ? 'agreed' : 'proposed';
  return {
    end, status, claims: k,
    reason: pick((x) => x.e.ev.details?.reason),
    duration: pick((x) => x.e.ev.details?.duration),
    previousEnd: pick((x) => x.e.ev.details?.previousEnd),
    documents: [...new Set(byOrder.map((x) => x.e.doc))],
    evidence: byOrder.map((x) => x.e.ev.evidence),
  };
}

/** The term's end as of the latest document: the last extension decided, else the latest end stated. */
export function termEnd(extensions: Extension[], events: StoryEvent[], holder: string): string | null {
  const decided = extensions.filter((x) => x.end && x.status !== 'proposed');
  if (decided.length) {
    const last = decided[decided.length - 1];
    // a dated departure ends the term instead: one set later than the last extension's end and told
    // no earlier ("His term was extended until January 2020 ... Carney, who steps down on March 15"),
    // or one done, told in a later document ("resigned on Wednesday", a year after the extension)
    const told = Math.max(...last.claims.map((c) => c.e.order));
    const leaving = events.filter((e) => e.key === holder && e.ev.type === 'departure' && e.ev.date && e.ev.certainty === 'certain'
      && ((e.order >= told && compareTimex(e.ev.date, last.end as string) > 0) || (e.order > told && e.ev.details?.tense === 'past')))
      .sort((a, b) => b.order - a.order)[0];
    return leaving?.ev.date ?? last.end;
  }
  const docs = [...new Set(events.filter((e) => e.key === holder).sort((a, b) => b.order - a.order).map((e) => e.doc))];
  for (const d of docs) { const end = currentEnd(events, d, holder); if (end) return end; }
  return null;
}
