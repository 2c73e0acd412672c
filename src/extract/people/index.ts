import type { Mention, PersonFact, Reference, Role } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stages.js';
import type { DocState } from '../../pipeline/state.js';
import { collectPeople, tokenizeSentences, type NameHit, type PersonDraft, type SentenceTokens } from './collect.js';
import { ORG } from './lexicon.js';
import { findOrgs } from '../events/posts.js';
import { rolesAt } from './roles/attach.js';
import { addBounds } from './roles/tenure.js';
import { addCandidacies } from './roles/candidacy-roles.js';

/** Organisations the document names by their own name (so "the alliance" can stand for one). */
function namedOrgs(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*/gu)) {
    const o = ORG.get(m[0]) ?? ORG.get(m[0].replace(/s$/, ''));
    if (o) out.add(o);
    for (const w of m[0].split(/\s+/)) { const x = ORG.get(w) ?? ORG.get(w.replace(/s$/, '')); if (x) out.add(x); }
  }
  return out;
}

/** Hits of one person in one sentence that touch are one mention ("PIETER" + "BAKKER"). */
function mergeHits(hits: NameHit[]): NameHit[] {
  const sorted = [...hits].sort((a, b) => a.sentence - b.sentence || a.from - b.from);
  const out: NameHit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && last.sentence === h.sentence && h.from <= last.to) { last.to = Math.max(last.to, h.to); continue; }
    out.push({ ...h });
  }
  return out;
}

function roleKey(r: Role): string { return [r.title.toLowerCase(), r.org, r.country, r.former].join('|'); }

// "the Biden administration", "the Putin regime": the name stands for an organisation, which
// refers to the person but cannot speak as one.
const ORG_AFTER = /^(administration|government|regime|camp|campaign|cabinet|presidency|era|doctrine|white)$/i;

/** "formand for Venstre" and, elsewhere, plain "formand": the plain one says nothing more, so it goes. */
function dropVaguerRoles(roles: Role[]): void {
  for (let i = roles.length - 1; i >= 0; i--) {
    const r = roles[i];
    if (r.org || r.country) continue;
    if (roles.some((o) => o !== r && o.title.toLowerCase() === r.title.toLowerCase() && o.former === r.former && (o.org || o.country))) roles.splice(i, 1);
  }
}

function buildPerson(ctx: DocContext, draft: PersonDraft, sents: Map<number, SentenceTokens>, orgs: Set<string>): PersonFact {
  const mentions: Mention[] = [];
  const references: Reference[] = [];
  const roles: Role[] = [];
  const honorifics: string[] = [];
  let name = '';
  for (const h of mergeHits(draft.hits)) {
    const toks = sents.get(h.sentence)!.tokens;
    const start = toks[h.from].start; let end = toks[h.to - 1].end;
    // "Lars Hansens": a Danish genitive ending is not part of the name
    if (ruleLanguage(ctx.language) === 'da' && toks[h.to - 1].text === `${draft.words[draft.words.length - 1]}s`) end -= 1;
    if (ORG_AFTER.test(toks[h.to]?.text ?? '') && !toks[h.to - 1].possessive) {
      references.push({ ...ctx.span(start, toks[h.to].end), kind: 'organization', rule: 'people/name-as-organisation' });
      continue;
    }
    mentions.push({ ...ctx.span(start, end), rule: h.rule });
    // a name wrapped over two lines ("Victor H.\nPalmieri") is written with one space
    const words = ctx.text.slice(start, end).replace(/\s+/g, ' ');
    if (words.split(/\s+/).length > name.split(/\s+/).length || !name) name = words;
    if (h.honorific && !honorifics.includes(h.honorific)) honorifics.push(h.honorific);
    for (const r of rolesAt(ctx, toks, h.from, h.to, orgs)) {
      const same = roles.find((x) => roleKey(x) === roleKey(r));
      if (same) { same.party ??= r.party; continue; }
      roles.push(r);
    }
  }
  if (/^[\p{Lu}\s.'’-]+$/u.test(name)) name = draft.words.join(' ');
  mentions.sort((a, b) => a.start - b.start);
  dropVaguerRoles(roles);
  if (!mentions.length) return { id: '', name, mentions, references, roles, honorifics, evidence: ctx.evidence(draft.hits[0].rule, 0) };
  return { id: '', name, mentions, references, roles, honorifics, evidence: ctx.evidence(draft.hits[0].rule, ctx.offsets.toUtf16(mentions[0].start)) };
}

/**
 * Which rule set a document gets: Danish rules for the Scandinavian languages (nouns in lower
 * case, same function words), English rules otherwise. Short or tabular English text is often
 * detected as another language, and names are written alike across Latin-script languages.
 */
function ruleLanguage(language: string): 'en' | 'da' {
  return language === 'da' || language === 'no' || language === 'sv' ? 'da' : 'en';
}

/** People named in the document, with the roles stated around their names. */
export function extractPeople(ctx: DocContext, state: DocState): PersonFact[] {
  const sents = tokenizeSentences(ctx.text, ctx.sentences, ctx.bodyStart);
  const bySentence = new Map(sents.map((s) => [s.index, s]));
  const orgs = namedOrgs(ctx.text.slice(ctx.bodyStart));
  // one word the text also shows to be an organisation ("Carlsbergs administrerende direktør", "Boeing
  // chairman X"; the event stage's scan) is no person, whatever cue stands before it ("skriver Carlsberg")
  // (scanned only when a one-word name is found: most documents have none and skip the scan)
  let orgWords: Set<string> | null = null;
  const isOrgWord = (name: string): boolean =>
    (orgWords ??= new Set(findOrgs(ctx.text, ctx.bodyStart, ctx.text.length).map((o) => ctx.text.slice(o.start, o.end)))).has(name);
  const people = collectPeople(sents, ruleLanguage(ctx.language)).map((d) => buildPerson(ctx, d, bySentence, orgs))
    .filter((p) => p.mentions.length > 0 && (/\s/.test(p.name) || !isOrgWord(p.name)));
  people.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  people.forEach((p, i) => { p.id = `p${i + 1}`; });
  addBounds(ctx, people, state.dates, bySentence, orgs);
  addCandidacies(ctx, people, bySentence, orgs);
  return people;
}

export const peopleStage: Stage = {
  name: 'people',
  requires: ['dates'],
  provides: ['people'],
  languages: ['en', 'da', 'no', 'sv', 'de', 'nl', 'fr', 'es', 'it', 'pt', 'pl', 'fi', 'und'],
  run(ctx: DocContext, state: DocState): void {
    try { state.people = extractPeople(ctx, state); } catch (e) { if (process.env.NATO_FACTS_DEBUG) console.error(e); state.people = []; }
  },
};
