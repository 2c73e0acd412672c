import type { Role } from '../../../model.js';
import type { DocContext } from '../../../pipeline/context.js';
import type { Token } from '../tokens.js';
import { appositionAfter, roleInClause, roleInVerbPhrase } from './after.js';
import { roleBeforeComma, roleBeforeCoordinated, roleBeforeName } from './before.js';
import type { RoleParts } from './phrase.js';

// The rules, in the order they are tried for each mention; each names itself in evidence.rule.
const RULES: { rule: string; find: (text: string, tokens: Token[], from: number, to: number, orgs: Set<string>) => RoleParts | null }[] = [
  // "Dutch Prime Minister Pieter Bakker", "statsminister Anne Lund"
  { rule: 'people/title-before-name', find: (t, k, f, _to, o) => roleBeforeName(t, k, f, o) },
  // "Forsvarsminister og formand for Venstre Jakob Ellemann-Jensen": the first of two titles
  { rule: 'people/title-before-name-coordinated', find: (t, k, f, _to, o) => roleBeforeCoordinated(t, k, f, o) },
  // "USA's præsident, Joe Biden"
  { rule: 'people/apposition-before', find: (t, k, f, _to, o) => roleBeforeComma(t, k, f, o) },
  // "Pieter Bakker, the Dutch prime minister,"
  { rule: 'people/apposition-after', find: (t, k, _f, to, o) => appositionAfter(t, k, to, o) },
  // "Holm, who previously served as prime minister of Norway"; "X is the only candidate"
  { rule: 'people/role-clause', find: (t, k, _f, to, o) => roleInClause(t, k, to, o) },
  // "X will step down as leader of the party", "X said he would resign as governor", "X was appointed prime minister"
  { rule: 'people/role-verb', find: (t, k, _f, to, o) => roleInVerbPhrase(t, k, to, o) },
];

const CANDIDACY = /^(candidate|contender|front-?runner|favou?rite|nominee|kandidat|favorit|successor|efterfølger)$/i;

// "statsminister Anne Lund (S)": a party letter code in brackets right after the name.
function partyAfter(tokens: Token[], to: number): string | null {
  if (tokens[to]?.text !== '(' || tokens[to + 2]?.text !== ')') return null;
  const code = tokens[to + 1]?.text ?? '';
  return /^\p{Lu}{1,3}$/u.test(code) ? code : null;
}

/** Roles stated around one mention (token indices [from, to) of a sentence). */
export function rolesAt(ctx: DocContext, tokens: Token[], from: number, to: number, orgs: Set<string>): Role[] {
  const out: Role[] = [];
  const party = partyAfter(tokens, to);
  for (const { rule, find } of RULES) {
    const r = find(ctx.text, tokens, from, to, orgs);
    // candidacy ("the only candidate") is recorded with its post by candidacy-roles.ts
    if (!r || CANDIDACY.test(r.title)) continue;
    out.push({
      ...ctx.span(r.start, r.end), title: r.title, org: r.org, country: r.country, former: r.former,
      qualifiers: r.qualifiers, party, since: null, until: null, evidence: ctx.evidence(rule, r.start),
    });
  }
  return out;
}
