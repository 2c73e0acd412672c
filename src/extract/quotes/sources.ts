import type { SourceFact, Speaker } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import { ANONYMOUS_AFTER, findAnonymous } from './anonymous.js';
import type { Attributed } from './claims.js';
import { alternation, CUE_RE, cuesIn, NUMBERS } from './lexicon.js';
import { findOutlets } from './outlets.js';
import { findVia } from './via.js';
import { byRange } from './matches.js';
import { isDescribed } from './speaker.js';

/**
 * The sources a document cites: the people, organisations and outlets that speak in its quotes
 * and claims (one fact each), the outlets named in attribution sentences ("skriver VG", "Reuters
 * news agency"), and each unnamed source where the text introduces it, with its count,
 * affiliation, condition of anonymity and the outlet it reached us through.
 */
// Sentences that attribute without a cue verb: "on the basis of three anonymous sources", "citing officials".
const SOURCING = ['på baggrund af', 'citing', 'quoted by', 'cited by', 'med henvisning til', 'according to', 'ifølge'];
// Most of them are cue phrases, which the cue scan finds anyway; the others are found once over the whole text.
const isCue = (p: string): boolean => { CUE_RE.lastIndex = 0; const m = CUE_RE.exec(p); return !!m && m.index === 0 && m[1].length === p.length; };
const OTHER = SOURCING.filter((p) => !isCue(p));
const sourcingIn = OTHER.length ? byRange(new RegExp(`\\b(?:${alternation(OTHER)})\\b`, 'gi')) : () => [];

export function findSources(ctx: DocContext, speakers: { speaker: Speaker; at: number }[], claimsAt: Attributed[]): SourceFact[] {
  const out: SourceFact[] = [];
  const named = new Set<string>();
  const add = (f: SourceFact): void => {
    const key = `${f.kind}:${f.name ?? `${f.start}`}`;
    if (f.name && named.has(key)) return;
    named.add(key); out.push(f);
  };
  for (const { speaker: sp, at } of [...speakers, ...claimsAt]) {
    if (sp.kind === 'unknown' || sp.kind === 'anonymous' || !sp.name || sp.start === undefined || sp.end === undefined) continue;
    add({ text: sp.text, start: sp.start, end: sp.end, kind: sp.kind, name: sp.name, via: sp.via ?? null, evidence: ctx.evidence(`sources/${sp.kind}-speaker`, at) });
  }
  const describedAt = new Set([...speakers, ...claimsAt].filter(({ speaker: sp }) => isDescribed(sp)).map(({ speaker: sp }) => sp.start));
  for (const sent of ctx.sentences) {
    if (sent.end <= ctx.bodyStart) continue;
    if (!cuesIn(ctx.text, sent.start, sent.end).length && !sourcingIn(ctx.text, sent.start, sent.end).length) continue;
    for (const o of findOutlets(ctx.text, sent.start, sent.end)) {
      add({ ...ctx.span(o.start, o.end), kind: 'outlet', name: o.name, evidence: ctx.evidence(`sources/${o.rule.split('/')[1]}`, o.start) });
    }
    for (const a of findAnonymous(ctx.text, sent.start, sent.end)) {
      // a description that named speaker resolved to a person ("The Brazilian diplomat" for the man named before)
      if (describedAt.has(ctx.offsets.toCodePoint(a.start))) continue;
      const earlier = out.find((f) => f.kind === 'anonymous' && f.affiliation === a.affiliation && a.definite);
      if (earlier) { earlier.anonymity ??= a.anonymity; continue; }
      const via = findVia(ctx.text, sent.start, sent.end, [a.start, a.end]);
      add({
        ...ctx.span(a.start, a.end), kind: 'anonymous', name: null, count: a.count, affiliation: a.affiliation,
        anonymity: a.anonymity, via: via?.name ?? null, evidence: ctx.evidence('sources/anonymous', a.start),
      });
    }
  }
  // unnamed speakers the patterns above do not describe ("Analysts said", "Analysts at Jefferies said")
  for (const { speaker: sp, at } of [...speakers, ...claimsAt]) {
    // ("the source", "the officials" refer back to a source already introduced)
    if (sp.kind !== 'anonymous' || sp.start === undefined || sp.end === undefined || /^(?:the|these|those|this|that|den|de|det|disse)\s|^\d|^(?:they|we|you|he|she|it|de|vi|han|hun)$/iu.test(sp.text)) continue;
    const [s0, e0] = [sp.start, sp.end];
    if (out.some((f) => f.kind === 'anonymous' && f.start < e0 && s0 < f.end)) continue;
    // "Analysts at Jefferies": the firm after a preposition; "one Labour MP": capitalised words before the noun
    const words = sp.text.split(/\s+/);
    const affiliation = /\s(?:at|from|with|of|for|hos|fra|i)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(sp.text)?.[1]
      ?? (words.slice(1, -1).filter((w) => /^\p{Lu}/u.test(w)).join(' ') || null);
    // "one Labour MP, who asked not to be named": the condition after the words, and how many
    const after = ctx.text.slice(ctx.offsets.toUtf16(e0), ctx.offsets.toUtf16(e0) + 160);
    const anonymity = ANONYMOUS_AFTER.test(after) ? after.slice(after.indexOf(',') + 1).split(/[,.;]/u)[0].trim() : null;
    const first = words[0].toLowerCase();
    const count = NUMBERS[first] ?? (/^(?:an?|one|en|et)$/u.test(first) ? 1 : null);
    out.push({ text: sp.text, start: s0, end: e0, kind: 'anonymous', name: null, count, affiliation, anonymity, via: sp.via ?? null, evidence: ctx.evidence('sources/anonymous-speaker', at) });
  }
  return out.sort((x, y) => x.start - y.start);
}
