import type { DocumentResult, Evidence } from '../../model.js';
import { clipText, html, type Html } from './escape.js';

/** What a highlighted stretch of an evidence sentence is, for its colour. */
export type MarkKind = 'person' | 'role' | 'date' | 'quote' | 'source' | 'claim' | 'event';

export interface Mark { start: number; end: number; kind: MarkKind }

export interface EvidenceEntry {
  evidence: Evidence;
  /** Code-point offsets inside the sentence. */
  marks: Mark[];
  rules: Set<string>;
}

/**
 * Every fact on the page cites the sentence it came from. The index gives each cited sentence
 * one anchor (`ev-<doc>-<sentence>`), collects the spans to highlight in it, and is rendered
 * last as the per-document evidence list. Anchors are built from numbers only, never from text.
 */
export class EvidenceIndex {
  private readonly docNumbers = new Map<string, number>();
  readonly entries = new Map<string, Map<number, EvidenceEntry>>();

  constructor(readonly documents: DocumentResult[]) {
    documents.forEach((d, i) => this.docNumbers.set(d.id, i + 1));
  }

  /** D1, D2, ... in the order of the documents (sorted by id, so stable across runs). */
  docNumber(id: string): number {
    let n = this.docNumbers.get(id);
    if (n === undefined) { n = this.docNumbers.size + 1; this.docNumbers.set(id, n); }
    return n;
  }

  docLabel(id: string): string {
    return `D${this.docNumber(id)}`;
  }

  /** Sentences are numbered from 1 on the page (the model counts from 0). */
  sentenceNumber(ev: Evidence): number {
    return Math.max(0, Math.trunc(Number(ev.sentence) || 0)) + 1;
  }

  anchor(ev: Evidence): string {
    return `ev-${this.docNumber(ev.document)}-${this.sentenceNumber(ev)}`;
  }

  /** Registers the evidence (and the fact's span, if any) and returns a link to it. */
  cite(ev: Evidence | null | undefined, span?: { start: number; end: number } | null, kind: MarkKind = 'event'): Html {
    if (!ev) return html``;
    this.register(ev, span, kind);
    const title = `${ev.document}, sentence ${this.sentenceNumber(ev)}: ${clipText(ev.sentenceText ?? '', 280)}`;
    return html`<a class="cite" href="#${this.anchor(ev)}" title="${title}">${this.docLabel(ev.document)}·${this.sentenceNumber(ev)}</a>`;
  }

  /** Links to several pieces of evidence, one per sentence, at most `max` of them. */
  citeAll(evs: Evidence[] | null | undefined, max = 4): Html {
    const unique = new Map<string, Evidence>();
    for (const e of evs ?? []) {
      if (!unique.has(this.anchor(e))) unique.set(this.anchor(e), e);
      else this.register(e, null, 'event');
    }
    const list = [...unique.values()];
    const shown = list.slice(0, max).map((e) => this.cite(e));
    list.slice(max).forEach((e) => this.register(e, null, 'event'));
    const more = list.length > max ? html`<span class="more">+${list.length - max}</span>` : '';
    return html`<span class="cites">${shown}${more}</span>`;
  }

  register(ev: Evidence, span: { start: number; end: number } | null | undefined, kind: MarkKind): void {
    let doc = this.entries.get(ev.document);
    if (!doc) { doc = new Map(); this.entries.set(ev.document, doc); }
    const key = Math.max(0, Math.trunc(Number(ev.sentence) || 0));
    let entry = doc.get(key);
    if (!entry) { entry = { evidence: ev, marks: [], rules: new Set() }; doc.set(key, entry); }
    if (ev.rule) entry.rules.add(ev.rule);
    if (span && Number.isFinite(span.start) && Number.isFinite(span.end)) {
      const start = span.start - ev.sentenceStart;
      const end = span.end - ev.sentenceStart;
      if (end > start && start >= 0) entry.marks.push({ start, end, kind });
    }
  }
}
