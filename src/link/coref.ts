import type { PersonFact, QuoteFact } from '../model.js';
import type { DocContext } from '../pipeline/context.js';
import type { Stage } from '../pipeline/stages.js';
import type { DocState } from '../pipeline/state.js';
import { foldName } from '../text/fold.js';
import { SortedIndex } from '../text/sorted-index.js';
import { linkDescriptions, linkPronouns, resolvePronoun, sentenceTokens } from './references.js';

/** Organisations named in the people's roles: what "the alliance" or "alliancens" can stand for. */
function roleOrgs(people: PersonFact[]): Set<string> {
  return new Set(people.flatMap((p) => p.roles.map((r) => r.org).filter((o): o is string => Boolean(o))));
}

/** What speaker look-ups need, built once per document: folded names, and description references by position. */
interface SpeakerIndex {
  /** People (by position in the list) by folded full name, and by the last word of a longer name. */
  byName: Map<string, number[]>;
  byLastWord: Map<string, number[]>;
  descriptions: SortedIndex<{ p: PersonFact; start: number; end: number }>;
}

function speakerIndex(people: PersonFact[]): SpeakerIndex {
  const byName = new Map<string, number[]>(); const byLastWord = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, i: number): void => { m.set(k, [...(m.get(k) ?? []), i]); };
  people.forEach((p, i) => {
    const folded = foldName(p.name);
    push(byName, folded, i);
    const space = folded.lastIndexOf(' ');
    if (space >= 0) push(byLastWord, folded.slice(space + 1), i);
  });
  const refs = people.flatMap((p) => p.references.filter((r) => r.kind === 'description').map((r) => ({ p, start: r.start, end: r.end })));
  return { byName, byLastWord, descriptions: new SortedIndex(refs, (r) => r.start) };
}

/** The person a quote's speaker words name: a pronoun, a surname or full name, or a description. */
function speakerPerson(ctx: DocContext, people: PersonFact[], index: SpeakerIndex, q: QuoteFact): PersonFact | null {
  const sp = q.speaker;
  // (an unnamed source the quote stage found stays unnamed: "siger han" after "En kongehusekspert siger")
  if (!sp || sp.person || !sp.text || sp.kind === 'anonymous') return null;
  const words = sp.text.trim();
  const at = sp.start !== undefined ? ctx.offsets.toUtf16(sp.start) : ctx.offsets.toUtf16(q.end);
  if (/^\p{L}+$/u.test(words)) {
    const p = resolvePronoun(ctx, people, words, at);
    if (p) return p;
  }
  const key = foldName(words.replace(/['’]s$/, ''));
  // the full name, or a longer name that ends with the speaker's last word
  const hits = new Set([...(index.byName.get(key) ?? []), ...(index.byLastWord.get(key.split(' ').pop() ?? '') ?? [])]);
  const byName = [...hits].sort((a, b) => a - b).map((i) => people[i]);
  if (byName.length === 1 && !/\b(source|official|spokes|diplomat|kilde)/i.test(words)) return byName[0];
  if (sp.start === undefined) return null;
  const byRef = new Set(index.descriptions.range(sp.start, sp.end ?? Infinity).filter((r) => r.end <= (sp.end ?? r.end)).map((r) => r.p));
  return byRef.size === 1 ? [...byRef][0] : null;
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
  const index = speakerIndex(people);
  for (const q of state.quotes) {
    const p = speakerPerson(ctx, people, index, q);
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
