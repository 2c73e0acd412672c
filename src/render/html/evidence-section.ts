import type { DocumentResult } from '../../model.js';
import { html, type Html } from './escape.js';
import type { EvidenceEntry, EvidenceIndex, Mark, MarkKind } from './evidence.js';
import { readableDate } from './dates.js';

// When spans overlap (a name inside a quote), the narrower kind wins the colour.
const PRIORITY: MarkKind[] = ['person', 'date', 'role', 'source', 'claim', 'event', 'quote'];

/** The sentence with the cited spans wrapped in <mark>; offsets are code points. */
export function markSentence(text: string, marks: Mark[]): Html {
  const cps = [...text];
  const cuts = new Set<number>([0, cps.length]);
  for (const m of marks) { cuts.add(Math.min(m.start, cps.length)); cuts.add(Math.min(m.end, cps.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: Html[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = cps.slice(a, b).join('');
    const kinds = marks.filter((m) => m.start <= a && m.end >= b).map((m) => m.kind);
    const kind = PRIORITY.find((k) => kinds.includes(k));
    parts.push(kind ? html`<mark class="k-${kind}">${piece}</mark>` : html`${piece}`);
  }
  return html`${parts}`;
}

function entryItem(index: EvidenceIndex, entry: EvidenceEntry): Html {
  const ev = entry.evidence;
  const rules = [...entry.rules].sort();
  return html`<li id="${index.anchor(ev)}"><span class="sn" title="sentence number">${index.sentenceNumber(ev)}</span>
<span class="sentence">${markSentence(ev.sentenceText ?? '', entry.marks)}</span>
<span class="rules">${rules.join(' · ')}</span></li>`;
}

function docBlock(index: EvidenceIndex, doc: DocumentResult): Html {
  const entries = [...(index.entries.get(doc.id)?.values() ?? [])].sort((a, b) => a.evidence.sentence - b.evidence.sentence);
  const date = doc.date?.value ? `${readableDate(doc.date.value)} (${doc.date.source})` : 'undated';
  const warnings = doc.warnings?.length ? html`<p class="warn">${doc.warnings.join('; ')}</p>` : '';
  const list = entries.length
    ? html`<ol class="evidence">${entries.map((e) => entryItem(index, e))}</ol>`
    : html`<p class="empty">No facts were cited from this document.</p>`;
  return html`<article class="doc" id="doc-${index.docNumber(doc.id)}">
<h3><span class="doc-n">${index.docLabel(doc.id)}</span> ${doc.id}</h3>
<p class="meta">${date} · language ${doc.language} · ${doc.sentences} sentences · ${entries.length} cited</p>
${warnings}${list}</article>`;
}

/** Dates and succession statements are highlighted where they stand, whether or not a section cited them. */
function markFacts(index: EvidenceIndex): void {
  for (const doc of index.documents) {
    for (const d of doc.dates ?? []) if (d.value) index.register(d.evidence, d, 'date');
    for (const e of doc.events ?? []) index.register(e.evidence, e, 'event');
  }
}

/** The per-document evidence lists: rendered last, after every section has cited its facts. */
export function evidenceSection(index: EvidenceIndex): Html {
  markFacts(index);
  const blocks = index.documents.map((d) => docBlock(index, d));
  const body = blocks.length ? blocks : html`<p class="empty">No documents.</p>`;
  return html`<section id="evidence"><h2>Evidence</h2>
<p class="note">Each fact above links here: the sentence it was read from, with the words it rests on highlighted
(<mark class="k-person">people</mark>, <mark class="k-role">roles</mark>, <mark class="k-date">dates</mark>, <mark class="k-source">sources</mark>,
<mark class="k-claim">claims</mark>, <mark class="k-quote">quotes</mark>, <mark class="k-event">events</mark>), and the rules that read it.</p>
${body}</section>`;
}
