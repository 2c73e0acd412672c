import type { PersonFact, Role } from '../../../model.js';
import type { DocContext } from '../../../pipeline/context.js';
import type { SentenceTokens } from '../collect.js';
import { candidacyAfter } from './candidacy.js';
import type { RoleParts } from './phrase.js';

const OBJECT_OF = /^(to|by|with|against|from|than|of|over|beat|defeated|mod|af|til|fra|med|over|end)$/i;

const describePost = (r: { title: string; org: string | null; country?: string | null }): string =>
  [r.title, r.org && `(${r.org})`, !r.org && r.country && `(${r.country})`].filter(Boolean).join(' ');

/** The post a succeeded person holds: their first current role (with an organisation if any). */
function postOf(p: PersonFact | undefined): Role | null {
  const current = p?.roles.filter((r) => !r.former && r.qualifiers.every((q) => q !== 'candidacy' && q !== 'interest' && q !== 'successor')) ?? [];
  return current.find((r) => r.org) ?? current[0] ?? null;
}

/**
 * Candidacy and succession as role-like facts, each with the post it concerns.
 * "Pieter Bakker is the only candidate for NATO secretary general" -> {title: candidate, post: "secretary general (NATO)"};
 * "Pieter Bakker will succeed Anders Holm" -> {title: successor, post: the role Anders Holm holds}.
 */
export function addCandidacies(ctx: DocContext, people: PersonFact[], sents: Map<number, SentenceTokens>, orgs: Set<string>): void {
  const byStart = new Map<number, PersonFact>();
  for (const p of people) for (const m of p.mentions) byStart.set(ctx.offsets.toUtf16(m.start), p);
  for (const p of people) {
    for (const m of [...p.mentions]) {
      const at = ctx.offsets.toUtf16(m.start);
      const s = sents.get(ctx.sentenceIndex(at));
      const to = s?.tokens.findIndex((t) => t.end === ctx.offsets.toUtf16(m.end)) ?? -1;
      if (!s || to < 0) continue;
      // "Sunak, who lost to Truss in the summer, is the favourite": a name after a preposition is no subject
      const from = s.tokens.findIndex((t) => t.start === at);
      if (from > 0 && OBJECT_OF.test(s.tokens[from - 1].text)) continue;
      const c = candidacyAfter(ctx.text, s.tokens, to + 1, orgs);
      if (!c) continue;
      let post: RoleParts | Role | null = c.post;
      if (c.kind === 'succession') {
        // the first person named within a few words: "will succeed (NATO Secretary General) Anders Holm"
        let other: PersonFact | undefined;
        for (let k = c.object ?? s.tokens.length; k < Math.min(s.tokens.length, (c.object ?? 0) + 6) && !other; k++) other = byStart.get(s.tokens[k].start);
        if (!other || other === p) continue;
        post = postOf(other);
      }
      const role: Role = {
        ...ctx.span(c.start, c.end), title: c.title, org: post?.org ?? null, country: post?.country ?? null, former: false,
        qualifiers: [c.kind === 'succession' ? 'successor' : c.kind], party: null, since: null, until: null,
        post: post ? describePost(post) : null, evidence: ctx.evidence(`people/${c.kind}`, c.start),
      };
      if (!p.roles.some((r) => r.title === role.title && r.post === role.post)) p.roles.push(role);
    }
  }
}
