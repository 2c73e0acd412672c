import type { PersonFact, QuoteFact } from '../model.js';
import type { DocContext } from '../pipeline/context.js';
import type { Stage } from '../pipeline/stages.js';
import type { DocState } from '../pipeline/state.js';
import { foldName } from '../text/fold.js';
import { linkDescriptions, linkPronouns, resolvePronoun, sentenceTokens } from './references.js';

/** Organisations named in the people's roles: what "the alliance" or "alliancens" can stand for. */
function roleOrgs(people: PersonFact[]): Set<string> {
  return new Set(people.flatMap((p) => p.roles.map((r) => r.org).filter((o): o is string => Boolean(o))));
}

/** The person a quote's speaker words name: a pronoun, a surname or full name, or a description. */
function speakerPerson(ctx: DocContext, people: PersonFact[], q: QuoteFact): PersonFact | null {
  const sp = q.speaker;
  if (!sp || sp.person || !sp.text) return null;
  const words = sp.text.trim();
  const at = sp.start !== undefined ? ctx.offsets.toUtf16(sp.start) : ctx.offsets.toUtf16(q.end);
  if (/^\p{L}+$/u.test(words)) {
    const p = resolvePronoun(ctx, people, words, at);
    if (p) return p;
  }
  const key = foldName(words.replace(/['’]s$/, ''));
  const byName = people.filter((p) => foldName(p.name) === key || foldName(p.name).endsWith(` ${key.split(' ').pop()}`));
  if (byName.length === 1 && !/\b(source|official|spokes|diplomat|kilde)/i.test(words)) return byName[0];
  if (sp.start === undefined) return null;
  const byRef = people.filter((p) => p.references.some((r) => r.kind === 'description' && r.start >= sp.start! && r.end <= (sp.end ?? r.end)));
  return byRef.length === 1 ? byRef[0] : null;
}

/**
 * Within-document linking, after people and quotes: pronouns and role descriptions become
 * `references` of the person meant, and quotes whose speaker is a pronoun, surname or
 * description get that person as speaker.
 */
export function linkDocument(ctx: DocContext, state: DocState): void {
  const people = state.people;
  if (!people.length) return;
  const orgs = roleOrgs(people);
  const mentionEnds = new Set<number>();
  for (const p of people) for (const m of p.mentions) mentionEnds.add(ctx.offsets.toUtf16(m.start));
  for (const tokens of sentenceTokens(ctx)) {
    linkPronouns(ctx, people, tokens);
    // a title right before a name is part of the naming, not a description
    const named = new Set<number>();
    tokens.forEach((t, i) => { if (mentionEnds.has(t.start)) named.add(i); });
    linkDescriptions(ctx, people, tokens, named, orgs);
  }
  for (const p of people) p.references.sort((a, b) => a.start - b.start);
  for (const q of state.quotes) {
    const p = speakerPerson(ctx, people, q);
    if (!p || !q.speaker) continue;
    q.speaker = { ...q.speaker, name: p.name, kind: 'person', person: p.id };
  }
}

export const linkStage: Stage = {
  name: 'link',
  requires: ['people', 'quotes'],
  provides: ['people', 'quotes'],
  languages: ['en', 'da', 'no', 'sv', 'de', 'nl', 'fr', 'es', 'it', 'pt', 'pl', 'fi', 'und'],
  run(ctx: DocContext, state: DocState): void {
    try { linkDocument(ctx, state); } catch (e) { if (process.env.NATO_FACTS_DEBUG) console.error(e); }
  },
};
