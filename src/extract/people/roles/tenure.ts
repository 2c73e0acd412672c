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
        const led = ledOrg(s, from, orgs);
        const org = led?.org ?? null;
        targets = org ? p.roles.filter((r) => r.org === org && !r.former) : [];
        if (led && !targets.length) {
          // "who led the alliance from 2005 to 2015", written later: a post held before
          const over = Boolean(b.until && ctx.refDate && b.until.slice(0, 4) < ctx.refDate.slice(0, 4));
          const r: Role = { ...ctx.span(led.start, led.end), title: 'leader', org: led.org, country: null, former: over, qualifiers: over ? ['former'] : [], party: null, since: null, until: null, evidence: ctx.evidence('people/leads-org', led.start) };
          p.roles.push(r); targets = [r];
        }
      }
      for (const r of targets) { r.since ??= b.since; r.until ??= b.until; }
    }
  }
}

// words that may follow the organisation's name: "led NATO since 2014", "led the bank from 2005 to 2015"
const AFTER_ORG = /^(since|from|for|until|till|in|and|as|between|through|siden|fra|i|og|indtil|som)$/i;

/** The organisation after a "led"-type verb following the mention, with the span of verb and name. */
function ledOrg(s: SentenceTokens, after: number, orgs: Set<string>): { org: string; start: number; end: number } | null {
  const toks = s.tokens;
  for (let i = 0; i < toks.length - 1; i++) {
    if (toks[i].start < after || !LEADS.test(toks[i].text)) continue;
    let j = i + 1;
    if (/^(the|a)$/i.test(toks[j]?.text ?? '')) j++;
    while (j < toks.length && /^(western|military|transatlantic|defence|defense)$/i.test(toks[j].text)) j++;
    const p = toks[j] ? matchPlaceOrOrg(toks, j, orgs) : null;
    if (!p?.org) continue;
    // "led the U.N. refugee agency": the organisation is only part of a longer name
    const next = toks[p.end];
    if (next && next.shape === 'lower' && !AFTER_ORG.test(next.text)) continue;
    return { org: p.org, start: toks[i].start, end: toks[p.end - 1].end };
  }
  return null;
}
