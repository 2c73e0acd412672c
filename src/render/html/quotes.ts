import { quotedWords, type CorpusResult, type DocumentResult, type QuoteFact } from '../../model.js';
import { html, type Html } from './escape.js';
import type { EvidenceIndex } from './evidence.js';

function speakerText(q: QuoteFact): { name: string; kind: string } {
  const s = q.speaker;
  if (!s) return { name: 'unattributed', kind: 'unknown' };
  return { name: s.name ?? (s.text || 'unnamed'), kind: s.kind };
}

function quoteItem(doc: DocumentResult, q: QuoteFact, ev: EvidenceIndex): Html {
  const { name, kind } = speakerText(q);
  const s = q.speaker;
  if (s && typeof s.start === 'number' && typeof s.end === 'number') ev.register(q.evidence, { start: s.start, end: s.end }, 'person');
  const via = s?.via ? html` · via <span class="outlet">${s.via}</span>` : '';
  const cue = q.cue?.text ? html` <span class="cue">(${q.cue.text})</span>` : '';
  return html`<li class="quote${q.partial ? ' partial' : ''}"><blockquote>${quotedWords(q)}</blockquote>
<p class="by">— <strong>${name}</strong>${kind !== 'unknown' ? html` <span class="kind kind-${kindClass(kind)}">${kind}</span>` : ''}${cue}${via} · ${ev.docLabel(doc.id)} ${ev.cite(q.evidence, q, 'quote')}</p></li>`;
}

/** Speaker kinds are a closed set in the model; anything else falls back to "unknown". */
export function kindClass(kind: string): string {
  return ['person', 'outlet', 'organization', 'anonymous', 'document', 'unknown'].includes(kind) ? kind : 'unknown';
}

/** Full quotations first, then quoted phrases, both in document order. */
export function quotesSection(result: CorpusResult, ev: EvidenceIndex): Html {
  const all = result.documents.flatMap((d) => d.quotes.map((q) => ({ d, q })));
  if (!all.length) return html`<section id="quotes"><h2>Quotes</h2><p class="empty">No quotes found.</p></section>`;
  const full = all.filter((x) => !x.q.partial);
  const partial = all.filter((x) => x.q.partial);
  const phrases = partial.length
    ? html`<details class="phrases"><summary>${partial.length} quoted phrases</summary><ul class="quotes">${partial.map((x) => quoteItem(x.d, x.q, ev))}</ul></details>`
    : '';
  return html`<section id="quotes"><h2>Quotes</h2>
<ul class="quotes">${full.map((x) => quoteItem(x.d, x.q, ev))}</ul>${phrases}</section>`;
}
