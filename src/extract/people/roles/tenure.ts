import type { DateFact, PersonFact, Role } from '../../../model.js';
import type { DocContext } from '../../../pipeline/context.js';
import type { SentenceTokens } from '../collect.js';
import { boundsIn } from './bounds.js';
import { matchPlaceOrOrg } from './phrase.js';

// "has led NATO since 2014", "has been leading the alliance since 2014", "har ledet Nato siden 2014"
const LEADS = /^(led|leading|leads|lead|headed|heading|heads|chaired|chairing|run|running|ledet|leder|stået)$/i;

/**
 * Time bounds for roles: a "since"/"until" date in a sentence that names the person attaches to
 * the role stated in that sentence, or to the person's roles at the organisation the sentence names.
 * "He will succeed Anders Holm, who has led NATO since 2014" -> since 2014, and a role
 * "leader" at NATO when no other role was stated.
 */
export function addBounds(ctx: DocContext, people: PersonFact[], dates: DateFact[], sents: Map<number, SentenceTokens>, orgs: Set<string>): void {
  for (const p of people) {
    for (const m of p.mentions) {
      const from = ctx.offsets.toUtf16(m.end);
      const si = ctx.sentenceIndex(from);
      const s = sents.get(si);
      if (!s) continue;
      const end = ctx.sentences[si].end;
      const b = boundsIn(ctx, dates, from, end);
      if (!b.since && !b.until) continue;
      const here = p.roles.filter((r) => r.evidence.sentence === si && !r.former);
      let targets: Role[] = here;
      if (!targets.length) {
        const org = ledOrg(s, from, orgs);
        targets = org ? p.roles.filter((r) => r.org === org && !r.former) : [];
        if (org && !targets.length) {
          const r: Role = { ...ctx.span(from, from), title: 'leader', org, country: null, former: false, qualifiers: [], party: null, since: null, until: null, evidence: ctx.evidence('people/leads-org', from) };
          p.roles.push(r); targets = [r];
        }
      }
      for (const r of targets) { r.since ??= b.since; r.until ??= b.until; }
    }
  }
}

/** The organisation after a "led"-type verb following the mention, if any. */
function ledOrg(s: SentenceTokens, after: number, orgs: Set<string>): string | null {
  const toks = s.tokens;
  for (let i = 0; i < toks.length - 1; i++) {
    if (toks[i].start < after || !LEADS.test(toks[i].text)) continue;
    let j = i + 1;
    if (/^(the|a)$/i.test(toks[j]?.text ?? '')) j++;
    while (j < toks.length && /^(western|military|transatlantic|defence|defense)$/i.test(toks[j].text)) j++;
    const p = toks[j] ? matchPlaceOrOrg(toks, j, orgs) : null;
    if (p?.org) return p.org;
  }
  return null;
}
