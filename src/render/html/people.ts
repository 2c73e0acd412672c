import type { CorpusResult, DocumentResult, Evidence, MergedPerson, MergedRole, PersonFact } from '../../model.js';
import { html, type Html } from './escape.js';
import type { EvidenceIndex } from './evidence.js';
import { cell } from './cells.js';

function roleText(r: MergedRole): string {
  const where = [r.org, r.country].filter(Boolean).join(', ');
  return `${r.former ? 'former ' : ''}${r.title}${where ? ` (${where})` : ''}`;
}

/** The per-document person entries a merged person was built from (same name or alias). */
function sourcesOf(p: MergedPerson, docs: Map<string, DocumentResult>): PersonFact[] {
  const names = new Set([p.name, ...p.aliases].map((s) => s.toLowerCase()));
  return p.documents.flatMap((id) => docs.get(id)?.people.filter((x) => names.has(x.name.toLowerCase())) ?? []);
}

/** Cites where the person is named and where each role was read, highlighting the words. */
function citations(facts: PersonFact[], ev: EvidenceIndex): Html[] {
  const out: Html[] = [];
  const seen = new Set<string>();
  const add = (e: Evidence, span: { start: number; end: number } | null, kind: 'person' | 'role'): void => {
    const key = `${e.document}#${e.sentence}`;
    if (seen.has(key)) { ev.register(e, span, kind); return; }
    seen.add(key);
    out.push(ev.cite(e, span, kind));
  };
  for (const f of facts) {
    const m = f.mentions.find((x) => x.start >= f.evidence.sentenceStart && x.end <= f.evidence.sentenceEnd) ?? null;
    add(f.evidence, m, 'person');
    for (const r of f.roles) add(r.evidence, r, 'role');
  }
  return out;
}

function personRow(p: MergedPerson, docs: Map<string, DocumentResult>, ev: EvidenceIndex): Html {
  const cites = citations(sourcesOf(p, docs), ev);
  const shown = cites.slice(0, 4);
  const more = cites.length > 4 ? html`<span class="more">+${cites.length - 4}</span>` : '';
  const roles = p.roles.length ? cell('Roles', html`<ul class="roles">${p.roles.map((r) => html`<li class="${r.former ? 'former' : ''}">${roleText(r)}</li>`)}</ul>`) : cell('Roles', []);
  const aliases = p.aliases.filter((a) => a !== p.name);
  return html`<tr><td data-label="Person"><strong>${p.name}</strong></td>
${roles}${cell('Also called', aliases)}
<td data-label="Articles">${p.documents.map((d) => ev.docLabel(d)).join(' ')}</td>
<td data-label="Evidence"><span class="cites">${shown}${more}</span></td></tr>`;
}

/** Everyone named, with their roles; the most widely reported first. */
export function peopleSection(result: CorpusResult, ev: EvidenceIndex): Html {
  const people = [...result.people].sort((a, b) => b.documents.length - a.documents.length || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const docs = new Map(result.documents.map((d) => [d.id, d]));
  if (!people.length) return html`<section id="people"><h2>People</h2><p class="empty">No people found.</p></section>`;
  return html`<section id="people"><h2>People and roles</h2>
<table class="stack people"><thead><tr><th>Person</th><th>Roles</th><th>Also called</th><th>Articles</th><th>Evidence</th></tr></thead>
<tbody>${people.map((p) => personRow(p, docs, ev))}</tbody></table></section>`;
}
