import { stringify } from 'csv-stringify/sync';
import type { CorpusResult, Evidence } from '../model.js';
import type { FactKind } from './rows.js';

/** One row per fact; `kind` says which. The columns are the same for every kind. */
export const CSV_COLUMNS = ['kind', 'document', 'text', 'start', 'end', 'value', 'type', 'name', 'title', 'org', 'country', 'speaker', 'speaker_kind', 'rule', 'sentence'] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>>;

/** Cells that begin with = + - @ (or a tab or CR) would run as formulas in a spreadsheet. */
export function neutralise(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

const ev = (e: Evidence): Row => ({ rule: e.rule, sentence: e.sentenceText });

export function renderCsv(result: CorpusResult, kinds: FactKind[]): string {
  const rows: Row[] = [];
  for (const d of result.documents) {
    const document = d.id;
    if (kinds.includes('people')) {
      for (const p of d.people) {
        for (const m of p.mentions) rows.push({ kind: 'mention', document, text: m.text, start: m.start, end: m.end, name: p.name, rule: m.rule });
        for (const r of p.roles) rows.push({ kind: 'role', document, text: r.text, start: r.start, end: r.end, name: p.name, title: r.title, org: r.org, country: r.country, value: r.former ? 'former' : '', ...ev(r.evidence) });
      }
    }
    if (kinds.includes('dates')) for (const x of d.dates) rows.push({ kind: 'date', document, text: x.text, start: x.start, end: x.end, value: x.value, type: x.type, ...ev(x.evidence) });
    if (kinds.includes('quotes')) {
      for (const q of d.quotes) rows.push({ kind: 'quote', document, text: q.text, start: q.start, end: q.end, speaker: q.speaker?.name ?? q.speaker?.text ?? '', speaker_kind: q.speaker?.kind ?? 'unknown', type: q.partial ? 'partial' : 'full', ...ev(q.evidence) });
    }
    if (kinds.includes('sources')) for (const s of d.sources) rows.push({ kind: 'source', document, text: s.text, start: s.start, end: s.end, name: s.name, type: s.kind, ...ev(s.evidence) });
    if (kinds.includes('claims')) for (const c of d.claims) rows.push({ kind: 'claim', document, text: c.content.text, start: c.content.start, end: c.content.end, speaker: c.source.name ?? c.source.text, speaker_kind: c.source.kind, value: c.certainty, ...ev(c.evidence) });
    if (kinds.includes('events')) for (const e of d.events) rows.push({ kind: 'event', document, text: e.text, start: e.start, end: e.end, type: e.type, name: e.personName, value: e.date ?? e.until ?? '', org: e.org, title: e.position, ...ev(e.evidence) });
  }
  const table = rows.map((r) => CSV_COLUMNS.map((c) => neutralise(r[c])));
  return stringify([CSV_COLUMNS as unknown as string[], ...table], { record_delimiter: '\n' });
}
