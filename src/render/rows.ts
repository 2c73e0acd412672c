import { quotedWords, rankedTitle, type RoleQualifier, type CorpusResult, type DocumentResult, type MergedPerson } from '../model.js';

/**
 * The rows every tabular rendering (terminal table, Markdown, CSV) shows, built in one place so
 * that the formats cannot drift apart. Cells are plain strings; each renderer escapes its own way.
 */
export type FactKind = 'people' | 'dates' | 'quotes' | 'sources' | 'claims' | 'events';
export const FACT_KINDS: FactKind[] = ['people', 'dates', 'quotes', 'sources', 'claims', 'events'];

export interface Section {
  title: string;
  head: string[];
  rows: string[][];
}

// a merged role's title already carries its rank qualifiers ("deputy director-general"); a document's gets them here
const roleText = (r: { title: string; org: string | null; country: string | null; former: boolean; qualifiers?: RoleQualifier[] }): string =>
  [r.former ? 'former' : '', r.country ?? '', rankedTitle(r), r.org ? `(${r.org})` : ''].filter(Boolean).join(' ');

export function documentSections(doc: DocumentResult, kinds: FactKind[]): Section[] {
  const out: Section[] = [];
  if (kinds.includes('people')) {
    out.push({
      title: 'People', head: ['Name', 'Roles', 'Mentions'],
      rows: doc.people.map((p) => [p.name, [...new Set(p.roles.map(roleText))].join('; '), String(p.mentions.length)]),
    });
  }
  if (kinds.includes('dates')) {
    out.push({ title: 'Dates', head: ['Text', 'Value', 'Type', 'Offsets'], rows: doc.dates.map((d) => [d.text, d.value ?? '?', d.type, `${d.start}-${d.end}`]) });
  }
  if (kinds.includes('quotes')) {
    out.push({
      title: 'Quotes', head: ['Quote', 'Speaker', 'Kind'],
      rows: doc.quotes.map((q) => [quotedWords(q), q.speaker?.name ?? q.speaker?.text ?? '-', q.speaker?.kind ?? 'unknown']),
    });
  }
  if (kinds.includes('sources')) {
    out.push({ title: 'Sources', head: ['Source', 'Kind', 'Name', 'Via'], rows: doc.sources.map((s) => [s.text, s.kind, s.name ?? '-', s.via ?? '-']) });
  }
  if (kinds.includes('claims')) {
    out.push({ title: 'Claims', head: ['Source', 'Cue', 'Content', 'Certainty'], rows: doc.claims.map((c) => [c.source.name ?? c.source.text, c.cue.text, c.content.text, c.certainty]) });
  }
  if (kinds.includes('events')) {
    out.push({ title: 'Events', head: ['Type', 'Person', 'Date', 'Evidence'], rows: doc.events.map((e) => [e.type, e.personName ?? '-', e.date ?? e.until ?? '-', e.text]) });
  }
  return out;
}

export function documentTitle(doc: DocumentResult): string {
  return `${doc.id} (${doc.language}, date ${doc.date.value ?? 'unknown'}${doc.date.source === 'inferred' ? ', inferred' : ''})`;
}

export function peopleSection(people: MergedPerson[]): Section {
  return {
    title: 'People across documents', head: ['Name', 'Aliases', 'Documents', 'Roles'],
    rows: people.map((p) => [p.name, p.aliases.join(', '), String(p.documents.length), [...new Set(p.roles.map(roleText))].join('; ')]),
  };
}

export function corpusSections(result: CorpusResult, kinds: FactKind[]): { title: string; sections: Section[] }[] {
  const blocks = result.documents.map((d) => ({ title: documentTitle(d), sections: documentSections(d, kinds) }));
  if (kinds.includes('people')) blocks.push({ title: 'Corpus', sections: [peopleSection(result.people)] });
  return blocks;
}
