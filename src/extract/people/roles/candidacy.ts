import type { Token } from '../tokens.js';
import { parseRolePhrase, type RoleParts } from './phrase.js';

/** A candidacy or succession stated after a name, with the post it concerns where the text gives it. */
export interface Candidacy { title: string; kind: 'candidacy' | 'interest' | 'succession'; post: RoleParts | null; start: number; end: number; object: number | null }

// "is the only candidate", "has emerged as a serious contender", "er den eneste kandidat"
const CANDIDATE = /^(candidate|contender|front-?runner|favou?rite|nominee|kandidat|favorit|bud)$/i;
const COPULA = /^(is|was|remains|emerged|as|been|seen|considered|named|er|var|bliver|blev|regnes|anses|som|has|had|widely|now|still|also|the|a|an|den|en|et|det)$/i;
// "has expressed interest in the post of NATO leader"
const INTEREST = /^(interest|interesse)$/i;
// "will succeed Anders Holm", "named to replace", "skal efterfølge"
const SUCCEED = /^(succeed|succeeds|succeeding|replace|replaces|replacing|efterfølge|efterfølger|afløse|afløser)$/i;
const POST_LEAD = /^(in|the|a|post|job|role|position|of|as|for|to|become|be|posten|som|til|at|blive|jobbet|stillingen|next|new|næste|nye)$/i;
const END = /^[,.;:!?"“”]$/;
// A reporting verb after the name opens a clause with its own subject: "Brady said the contest to
// replace Johnson would end" makes Brady no successor.
const REPORTING = /^(said|says|told|added|stated|argued|insisted|warned|noted|believes|thinks|sagde|siger|fortalte|tilføjede|mener|udtalte|skriver)$/i;

/** The post named from tokens[i] on: "the post of NATO leader", "posten som Natos generalsekretær". */
function postFrom(text: string, tokens: Token[], i: number, orgs: Set<string>): RoleParts | null {
  while (i < tokens.length && POST_LEAD.test(tokens[i].text)) i++;
  let end = i;
  while (end < tokens.length && end - i < 8 && !END.test(tokens[end].text)) end++;
  for (let to = end; to > i; to--) {
    const r = parseRolePhrase(text, tokens, i, to, orgs);
    if (r) return r;
  }
  return null;
}

/**
 * Candidacy and succession after the name (token index `to`, the end of the name).
 * "Bakker, who has been running for the job, is the only candidate" / "Tamm has expressed
 * interest in the post of NATO leader" / "He will succeed Anders Holm".
 */
export function candidacyAfter(text: string, tokens: Token[], to: number, orgs: Set<string>): Candidacy | null {
  let commas = 0; let clause = to;
  for (let j = to; j < Math.min(tokens.length, to + 25); j++) {
    const w = tokens[j].text;
    if (w === ',' && commas < 2) { commas++; clause = j + 1; continue; }
    if (END.test(w) || REPORTING.test(w)) return null;
    const lead = tokens.slice(clause, j);
    if (CANDIDATE.test(w)) {
      if (!lead.some((t) => COPULA.test(t.text))) continue;
      return { title: w, kind: 'candidacy', post: postFrom(text, tokens, j + 1, orgs), start: tokens[j].start, end: tokens[j].end, object: null };
    }
    if (INTEREST.test(w) && /^(expressed|shown|signalled|signaled|udtrykt|vist)$/i.test(tokens[j - 1]?.text ?? '')) {
      return { title: 'interest', kind: 'interest', post: postFrom(text, tokens, j + 1, orgs), start: tokens[j - 1].start, end: tokens[j].end, object: null };
    }
    if (SUCCEED.test(w) && lead.some((t) => /^(will|would|to|set|expected|tipped|named|appointed|chosen|skal|vil|kommer|at)$/i.test(t.text))) {
      return { title: 'successor', kind: 'succession', post: null, start: tokens[j].start, end: tokens[j].end, object: j + 1 };
    }
  }
  return null;
}
