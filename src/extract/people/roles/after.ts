import type { Token } from '../tokens.js';
import { parseRolePhrase, type RoleParts } from './phrase.js';
import { roleByVerb } from './verb-as.js';

const STOP = /^[,.;:!?)"”’»]$|^(who|which|that|der|som|and|og|but|men|has|have|had|is|was|said|says|will|har|er|var|vil|sagde|siger)$/i;
// Words that make the role a past one: "who previously served as", "a former", "tidligere".
const PAST = /^(previously|formerly|once|was|were|served|had|tidligere|var|fhv\.?)$/i;
// Words that lead from the name to the role in a relative clause or predicate.
const LINK = /^(who|which|der|som|previously|formerly|once|also|currently|now|then|is|was|has|had|have|been|served|serves|serving|became|becomes|remains|as|the|a|an|its|den|det|en|et|tidligere|nu|er|var|har|været|blev|bliver|fungerer|fungerede|also|også|emerged|emerges|seen|regarded|considered|named|appointed|elected|chosen|tipped|touted|nominated|udnævnt|valgt|udpeget)$/i;

/** End of a phrase: the next comma, full stop, relative pronoun or verb. */
function phraseEnd(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && i - from < 12 && !STOP.test(tokens[i].text)) i++;
  return i;
}

/** Shrinks the phrase from the right until it parses ("prime minister of Norway until 2013" -> "prime minister of Norway"). */
function parseForward(text: string, tokens: Token[], from: number, end: number, docOrgs: Set<string>): RoleParts | null {
  for (let to = end; to > from; to--) {
    const r = parseRolePhrase(text, tokens, from, to, docOrgs);
    if (r) return r;
  }
  return null;
}

/**
 * An apposition after the name, up to the next comma or full stop.
 * "Pieter Bakker, the Dutch prime minister, said" / "Anders Holm, NATO's secretary general".
 */
export function appositionAfter(text: string, tokens: Token[], nameTo: number, docOrgs: Set<string>): RoleParts | null {
  if (tokens[nameTo]?.text !== ',') return null;
  let from = nameTo + 1;
  // "Anna Lind, 52, a former finance minister,": the age before the apposition
  if (/^\d{1,3}$/.test(tokens[from]?.text ?? '') && tokens[from + 1]?.text === ',') from += 2;
  // "X, currently chief executive of the World Bank,": the post held now
  if (/^(currently|now|presently|nu|p\.t\.)$/i.test(tokens[from]?.text ?? '')) from += 1;
  if (/^(who|which|der|som)$/i.test(tokens[from]?.text ?? '')) return null;
  const end = phraseEnd(tokens, from);
  if (end === from || !/^[,.;:!?)]$/.test(tokens[end]?.text ?? '.')) return null;
  return parseRolePhrase(text, tokens, from, end, docOrgs) ?? complemented(text, tokens, from, end, docOrgs);
}

// A role phrase may end in a complement the parser does not read: "chairman of the 1922 Committee
// of Conservative lawmakers", "chief economist at Danske Bank in Copenhagen".
const COMPLEMENT = /^(of|in|for|at|on|i|på|for|hos|ved)$/i;
function complemented(text: string, tokens: Token[], from: number, end: number, docOrgs: Set<string>): RoleParts | null {
  for (let to = end - 2; to > from + 1; to--) {
    if (!COMPLEMENT.test(tokens[to].text)) continue;
    const r = parseRolePhrase(text, tokens, from, to, docOrgs);
    if (r?.org || r?.country) return r;
  }
  return null;
}

/**
 * A relative clause or predicate after the name.
 * "Holm, who previously served as prime minister of Norway" (former),
 * "Anders Holm har været generalsekretær i Nato siden 2014", "Bakker is the only candidate".
 */
export function roleInClause(text: string, tokens: Token[], nameTo: number, docOrgs: Set<string>): RoleParts | null {
  let i = nameTo;
  if (tokens[i]?.text === ',') i++;
  const lead = i;
  let past = false;
  while (i < tokens.length && i - lead < 6 && LINK.test(tokens[i].text)) { if (PAST.test(tokens[i].text)) past = true; i++; }
  if (i === lead || i - lead === 1 && /^(the|a|an|den|det|en|et)$/i.test(tokens[lead].text)) return null;
  const leadWords = tokens.slice(lead, i).map((t) => t.low);
  if (!leadWords.some((w) => /^(who|der|som|is|was|been|served|serves|became|becomes|remains|emerged|emerges|seen|regarded|considered|named|appointed|elected|chosen|tipped|touted|nominated|er|var|været|blev|fungerer|fungerede|udnævnt|valgt|udpeget)$/.test(w))) return null;
  // "has been" / "har været" alone are not past: "has been leading since 2014"
  if (leadWords.includes('has') || leadWords.includes('har')) past = leadWords.some((w) => /^(previously|formerly|once|tidligere)$/.test(w));
  // "was elected president", "blev udnævnt til": an appointment gives the post now
  if (leadWords.some((w) => /^(named|appointed|elected|chosen|nominated|udnævnt|valgt|udpeget)$/.test(w))) past = leadWords.some((w) => /^(previously|formerly|once|tidligere)$/.test(w));
  let end = i;
  while (end < tokens.length && end - i < 10 && !/^[,.;:!?]$/.test(tokens[end].text) && !/^(since|siden|until|indtil|from|fra|and|og|but|men|who|der|som)$/i.test(tokens[end].text)) end++;
  const r = parseForward(text, tokens, i, end, docOrgs);
  if (!r) return null;
  if (past && !r.qualifiers.includes('former')) { r.qualifiers.push('former'); r.former = true; }
  return r;
}

/** A verb that gives its subject a post: "X will step down as leader of the party" (see verb-as.ts). */
export function roleInVerbPhrase(text: string, tokens: Token[], nameTo: number, docOrgs: Set<string>): RoleParts | null {
  return roleByVerb(tokens, nameTo, (from, end) => parseForward(text, tokens, from, end, docOrgs));
}
