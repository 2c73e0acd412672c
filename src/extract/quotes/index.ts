import type { QuoteFact, Speaker } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stages.js';
import type { DocState } from '../../pipeline/state.js';

// “curly”, "straight" and «guillemet» quotations that close within 2,000 characters.
const QUOTE = /“([^”]{1,2000})”|"([^"\n]{1,2000})"|«([^»]{1,2000})»/g;
// ', Stoltenberg said' / ', the source told Sputnik' right after the closing mark
const AFTER = /^[\s,]*((?:the\s+)?[\p{Lu}\p{Ll}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*)\s+(said|says|told|added|stated|claimed|wrote)\b/u;

/** First version: quotation marks and a cue verb after the quote. */
function extractQuotes(ctx: DocContext, state: DocState): QuoteFact[] {
  const out: QuoteFact[] = [];
  const body = ctx.text;
  QUOTE.lastIndex = ctx.bodyStart;
  for (let m = QUOTE.exec(body); m; m = QUOTE.exec(body)) {
    const inner = m[1] ?? m[2] ?? m[3];
    const start = m.index + 1;
    const end = start + inner.length;
    const partial = inner.split(/\s+/).length < 4;
    let speaker: Speaker | null = null;
    const after = AFTER.exec(body.slice(end + 1, end + 120));
    if (after) {
      const s = end + 1 + after.index + after[0].indexOf(after[1]);
      const words = after[1];
      const person = state.people.find((p) => p.mentions.some((x) => words.endsWith(x.text.split(/\s+/).pop() ?? '\u0000')));
      const anonymous = /\b(source|official|officials|sources|diplomat|diplomats)\b/i.test(words);
      speaker = {
        name: person ? person.name : null,
        kind: person ? 'person' : anonymous ? 'anonymous' : 'unknown',
        ...ctx.span(s, s + words.length),
        person: person?.id,
      };
    }
    out.push({ ...ctx.span(start, end), partial, speaker, evidence: ctx.evidence('quotes/marks', start) });
  }
  return out;
}

export const quoteStage: Stage = {
  name: 'quotes',
  requires: ['people'],
  provides: ['quotes', 'sources', 'claims'],
  languages: ['en', 'da'],
  run(ctx: DocContext, state: DocState): void {
    state.quotes = extractQuotes(ctx, state);
  },
};
