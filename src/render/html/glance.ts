import type { Story } from '../../model.js';
import { html, type Html } from './escape.js';
import type { EvidenceIndex } from './evidence.js';
import { readableDate } from './dates.js';
import { statusBadge } from './status.js';
import { cell } from './cells.js';

function span(from: string | null, to: string | null): string {
  if (!from && !to) return 'dates unknown';
  return `${from ? readableDate(from) : '?'} – ${to ? readableDate(to) : 'now'}`;
}

function cards(s: Story, ev: EvidenceIndex): Html {
  const inc = s.incumbent;
  const incumbent = inc
    ? html`<p class="big">${inc.name}</p><p>${inc.since ? `since ${readableDate(inc.since)}` : 'start unknown'}${inc.termEnd ? ` · term ends ${readableDate(inc.termEnd)}` : ''} ${ev.citeAll(inc.evidence)}</p>`
    : html`<p class="empty">not found</p>`;
  const suc = s.successor;
  const successor = suc
    ? html`<p class="big">${suc.name}</p><p>${statusBadge(suc.status)} ${ev.citeAll(suc.evidence)}</p>`
    : html`<p class="empty">not named yet</p>`;
  const ext = s.extensions.length
    ? html`<ul class="plain">${s.extensions.map((e) => html`<li>to <strong>${e.end ? readableDate(e.end) : 'an unstated date'}</strong>${e.reason ? html` — ${e.reason}` : ''} ${ev.citeAll(e.evidence, 2)}</li>`)}</ul>`
    : html`<p class="empty">none reported</p>`;
  return html`<div class="cards">
<div class="card c-inc"><h3>Incumbent</h3>${incumbent}</div>
<div class="card c-suc"><h3>Successor</h3>${successor}</div>
<div class="card c-ext"><h3>Term extensions</h3>${ext}</div></div>`;
}

function holders(s: Story, ev: EvidenceIndex): Html {
  if (!s.holders.length) return html``;
  return html`<h3>Holders of the post</h3><ol class="holders">${s.holders.map((h) =>
    html`<li><span class="name">${h.name}</span> <span class="when">${span(h.from, h.to)}</span> ${ev.citeAll(h.evidence, 2)}</li>`)}</ol>`;
}


function candidates(s: Story, ev: EvidenceIndex): Html {
  if (!s.candidates.length) return html`<h3>Candidates</h3><p class="empty">No candidates named.</p>`;
  const rows = s.candidates.map((c) => html`<tr>
<td data-label="Candidate"><strong>${c.name}</strong>${c.role ? html`<br><span class="role">${c.role}</span>` : ''}</td>
<td data-label="Status">${statusBadge(c.status)}</td>
${cell('Backed by', c.backers)}${cell('Opposed by', c.opponents)}
<td data-label="Evidence">${ev.citeAll(c.evidence, 3)}</td></tr>`);
  return html`<h3>Candidates</h3><table class="stack candidates"><thead><tr><th>Candidate</th><th>Status</th><th>Backed by</th><th>Opposed by</th><th>Evidence</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function meetings(s: Story, ev: EvidenceIndex): Html {
  if (!s.meetings.length) return html``;
  return html`<h3>Summits and deadlines</h3><ul class="plain meetings">${s.meetings.map((m) =>
    html`<li><strong>${m.date ? readableDate(m.date) : 'date unknown'}</strong> ${m.name}${m.place ? html`, ${m.place}` : ''} <span class="docs">${m.documents.map((d) => ev.docLabel(d)).join(' ')}</span></li>`)}</ul>`;
}

function disagreements(s: Story, ev: EvidenceIndex): Html {
  if (!s.disagreements.length) return html``;
  return html`<h3>Where the articles disagree</h3><ul class="plain">${s.disagreements.map((d) =>
    html`<li><strong>${d.about}</strong>: ${d.claims.map((c, i) => html`${i ? ' vs ' : ''}<q>${readableDate(c.value)}</q> (${c.documents.map((x) => ev.docLabel(x)).join(' ')}${c.sources.length ? `; ${c.sources.join(', ')}` : ''})`)}</li>`)}</ul>`;
}

export function storyTitle(s: Story | null): string {
  if (!s) return 'Succession report';
  const post = [s.position, s.organization].filter(Boolean).join(', ');
  return post ? `Succession: ${post}` : 'Succession report';
}

/** The succession at a glance: who holds the post, who is next, who is in the running. */
export function glanceSection(stories: Story[], ev: EvidenceIndex): Html {
  if (!stories.length) {
    return html`<section id="glance"><h2>At a glance</h2><p class="empty big-empty">No succession story found in these documents.
People, quotes and sources found are listed below.</p></section>`;
  }
  const [main, ...others] = stories;
  const rest = others.map((s) => html`<details class="other"><summary>${storyTitle(s)}</summary>${cards(s, ev)}${holders(s, ev)}${candidates(s, ev)}</details>`);
  return html`<section id="glance"><h2>At a glance</h2>
${cards(main, ev)}${holders(main, ev)}${candidates(main, ev)}${meetings(main, ev)}${disagreements(main, ev)}
${others.length ? html`<h3>Other successions in these articles</h3>${rest}` : ''}</section>`;
}
