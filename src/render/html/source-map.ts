import type { ClaimFact, CorpusResult, DocumentResult, Evidence, SourceFact } from '../../model.js';
import { clipText, html, type Html } from './escape.js';
import type { EvidenceIndex } from './evidence.js';
import { kindClass } from './quotes.js';
import { cell } from './cells.js';

/**
 * One line of the map: an outlet carried words from a source; the claim, if there is one.
 * The outlet is the one named as the channel ("told Reuters"), or the source itself when
 * the source is an outlet ("VG reports").
 */
interface Line {
  doc: string;
  outlet: string | null;
  source: { name: string | null; kind: string; text: string; detail: string };
  claim: ClaimFact | null;
  evidence: Evidence;
  span: { start: number; end: number } | null;
}

function sourceDetail(s: SourceFact): string {
  return [s.count && s.count > 1 ? `${s.count} sources` : '', s.affiliation ?? '', s.anonymity ?? ''].filter(Boolean).join(' · ');
}

function linesOf(doc: DocumentResult): Line[] {
  const claimed = new Set(doc.claims.map((c) => c.evidence.sentence));
  const claims = doc.claims.map((c): Line => ({
    doc: doc.id, outlet: c.via ?? (c.source.kind === 'outlet' ? c.source.name ?? c.source.text : null), source: { ...c.source, detail: '' }, claim: c, evidence: c.evidence, span: c.content,
  }));
  // Sources quoted without a claim the extractor could read still belong on the map.
  const sources = doc.sources.filter((s) => !claimed.has(s.evidence.sentence)).map((s): Line => ({
    doc: doc.id, outlet: s.via ?? (s.kind === 'outlet' ? s.name : null), source: { name: s.name, kind: s.kind, text: s.text, detail: sourceDetail(s) }, claim: null, evidence: s.evidence, span: s,
  }));
  return [...claims, ...sources].sort((a, b) => a.evidence.sentence - b.evidence.sentence);
}

function sourceCell(l: Line): Html {
  const anon = l.source.kind === 'anonymous' || !l.source.name;
  const label = l.source.name ?? l.source.text;
  return html`<span class="src ${anon ? 'anon' : 'named'}" title="${anon ? 'anonymous source' : 'named source'}"></span><strong>${label}</strong>
<span class="kind kind-${kindClass(l.source.kind)}">${l.source.kind}</span>${l.source.name && l.source.text && l.source.text !== l.source.name ? html`<br><span class="said">“${l.source.text}”</span>` : ''}${l.source.detail ? html`<br><span class="said">${l.source.detail}</span>` : ''}`;
}

function lineRow(l: Line, ev: EvidenceIndex): Html {
  const c = l.claim;
  const says = c ? cell('Claim', html`${clipText(c.content.text, 220)}${c.hedges.length ? html`<br><span class="said">hedged: ${c.hedges.join(', ')}</span>` : ''}`) : cell('Claim', []);
  const certainty = c ? cell('Certainty', html`<span class="cert cert-${['certain', 'likely', 'possible', 'uncertain', 'denied'].includes(c.certainty) ? c.certainty : 'uncertain'}">${c.certainty}</span>`) : cell('Certainty', []);
  return html`<tr><td data-label="Article">${ev.docLabel(l.doc)}</td>
<td data-label="Source">${sourceCell(l)}</td>${says}${certainty}
<td data-label="Evidence">${ev.cite(l.evidence, l.span, l.claim ? 'claim' : 'source')}</td></tr>`;
}

const OWN = 'In the articles’ own reporting';

/** Lines grouped by the outlet that carried them (named outlets A–Z, then the articles' own). */
function byOutlet(lines: Line[]): [string, Line[]][] {
  const groups = new Map<string, Line[]>();
  for (const l of lines) {
    const key = l.outlet ?? OWN;
    const list = groups.get(key);
    if (list) list.push(l); else groups.set(key, [l]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === OWN ? 1 : b === OWN ? -1 : a.localeCompare(b, 'en')));
}

function group(outlet: string, lines: Line[], ev: EvidenceIndex): Html {
  const docs = [...new Set(lines.map((l) => ev.docLabel(l.doc)))].join(' ');
  const head = outlet === OWN ? html`${outlet}` : html`via <span class="outlet">${outlet}</span>`;
  return html`<tbody><tr class="group"><th colspan="5">${head} <span class="docs">${lines.length} · ${docs}</span></th></tr>
${lines.map((l) => lineRow(l, ev))}</tbody>`;
}

/** Which outlet carried which claim, from which named or anonymous source. */
export function sourceMapSection(result: CorpusResult, ev: EvidenceIndex): Html {
  const lines = result.documents.flatMap(linesOf);
  if (!lines.length) return html`<section id="sources"><h2>Source map</h2><p class="empty">No sources or claims found.</p></section>`;
  const anon = lines.filter((l) => l.source.kind === 'anonymous' || !l.source.name).length;
  const outlets = new Set(lines.map((l) => l.outlet).filter(Boolean));
  return html`<section id="sources"><h2>Source map</h2>
<p class="summary"><strong>${lines.length}</strong> attributions in <strong>${new Set(lines.map((l) => l.doc)).size}</strong> articles:
<span class="src anon"></span> ${anon} anonymous, <span class="src named"></span> ${lines.length - anon} named; ${outlets.size} outlets named as carriers.</p>
<table class="stack sources"><thead><tr><th>Article</th><th>Source</th><th>Claim</th><th>Certainty</th><th>Evidence</th></tr></thead>
${byOutlet(lines).map(([outlet, ls]) => group(outlet, ls, ev))}</table></section>`;
}
