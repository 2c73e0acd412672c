import type { CorpusResult } from '../../model.js';
import { clipText, html, raw, type Html } from './escape.js';
import type { EvidenceIndex } from './evidence.js';
import { readableDate } from './dates.js';
import { timelineModel, type ItemKind, type TimelineItem } from './timeline-items.js';
import { extent, SVG_DEFS, timelineSvg, type Domain, type View } from './timeline-svg.js';

/** Legend entries: shape and colour both differ, so the picture survives grey print. */
const LEGEND: { kind: ItemKind; label: string; icon: string }[] = [
  { kind: 'tenure', label: 'tenure', icon: '<rect class="k-tenure" x="1" y="4" width="22" height="10" rx="2"/>' },
  { kind: 'extension', label: 'term extension', icon: '<rect class="k-extension" x="1" y="4" width="22" height="10"/>' },
  { kind: 'candidacy', label: 'candidacy', icon: '<rect class="k-candidacy" x="1" y="7" width="14" height="4"/><circle class="k-candidacy" cx="17" cy="9" r="5"/>' },
  { kind: 'meeting', label: 'summit or meeting', icon: '<path class="k-meeting" d="M12 1l8 8l-8 8l-8-8z"/>' },
  { kind: 'deadline', label: 'deadline', icon: '<path class="k-deadline" d="M12 2l7 14h-14z"/>' },
  { kind: 'article', label: 'article date', icon: '<rect class="k-article" x="10" y="1" width="4" height="16"/>' },
  { kind: 'event', label: 'other dated fact', icon: '<circle class="k-event" cx="12" cy="9" r="4"/>' },
];

function icon(kind: ItemKind): Html {
  const l = LEGEND.find((e) => e.kind === kind) ?? LEGEND[LEGEND.length - 1];
  return raw(`<svg class="icon" viewBox="0 0 24 18" aria-hidden="true">${l.icon}</svg>`);
}

const VAGUE = raw('<svg class="icon" viewBox="0 0 24 18" aria-hidden="true"><line class="vague" x1="4" x2="20" y1="9" y2="9"/><circle class="k-event" cx="4" cy="9" r="4"/></svg>');

function legend(items: TimelineItem[]): Html {
  const kinds = new Set(items.map((i) => i.kind));
  const vague = items.some((i) => !i.bar && i.to > i.from);
  return html`<ul class="legend">${LEGEND.filter((l) => kinds.has(l.kind)).map((l) => html`<li>${icon(l.kind)} ${l.label}</li>`)}${vague ? html`<li>${VAGUE} only the month or year is known</li>` : ''}</ul>`;
}

function when(it: TimelineItem): string {
  if (it.bar) return it.when || '';
  return readableDate(it.when);
}

function row(it: TimelineItem, id: string, ev: EvidenceIndex): Html {
  const docs = it.evidence.length ? ev.citeAll(it.evidence, 3) : html`<span class="docs">${it.documents.map((d) => ev.docLabel(d)).join(' ')}</span>`;
  return html`<li id="${id}">${icon(it.kind)}<span class="when">${when(it)}</span>
<span class="what"><strong>${clipText(it.label, 60)}</strong> — ${clipText(it.detail, 240)}</span> ${docs}</li>`;
}

/**
 * Long tenures would squeeze the weeks of the race into a sliver, so when they reach far
 * beyond the rest, the post's history gets its own overview strip and the main picture
 * zooms in on the race (tenures there are cut at its left edge, with an arrow).
 */
function views(items: TimelineItem[], lanes: string[]): View[] {
  const all = lanes.map((_, i) => i);
  const full = extent(items)!;
  const race = raceWindow(items);
  const tenureLanes = [...new Set(items.filter((i) => i.kind === 'tenure').map((i) => i.lane))];
  const span = (d: Domain): number => d.end - d.start;
  if (!race || !tenureLanes.length || span(full) <= 2 * span(race) + 365) {
    return [{ domain: full, lanes: all, caption: 'Timeline: tenures, extensions, candidacies, summits and article dates' }];
  }
  return [
    { domain: full, lanes: tenureLanes, caption: 'Holders of the post over the years; the shaded stretch is shown in detail below', window: race },
    { domain: race, lanes: all, caption: 'The race in detail: tenures, extensions, candidacies, summits and article dates' },
  ];
}

/**
 * The stretch worth a close look: everything but the tenures, kept to a year either side of
 * the articles (a stray "2014" in a sentence must not stretch the picture over a decade).
 */
function raceWindow(items: TimelineItem[]): Domain | null {
  const rest = items.filter((i) => i.kind !== 'tenure');
  const articles = extent(items.filter((i) => i.kind === 'article'));
  if (!articles) return extent(rest);
  const near = extent(rest.filter((i) => i.to >= articles.start - 365 && i.from <= articles.end + 365));
  return near && { start: Math.max(near.start, articles.start - 365), end: Math.min(near.end, articles.end + 365) };
}

/** The SVG timeline with a legend, and the same items as a list (the click target of each mark). */
export function timelineSection(result: CorpusResult, ev: EvidenceIndex): Html {
  const model = timelineModel(result);
  if (!model.items.length) {
    return html`<section id="timeline"><h2>Timeline</h2><p class="empty">No dated facts to place on a timeline.</p></section>`;
  }
  const sorted = [...model.items].sort((a, b) => a.from - b.from || a.lane - b.lane || a.to - b.to || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const ids = new Map(sorted.map((it, i) => [it, `tl-${i + 1}`]));
  return html`<section id="timeline"><h2>Timeline</h2>
<p class="note">Hover over a mark for its details; click it to jump to its line below, which links to the evidence.</p>
${legend(model.items)}
${SVG_DEFS}<p class="swipe" aria-hidden="true">← swipe sideways to see the whole timeline →</p>${views(model.items, model.lanes).map((v) => html`<figure class="tl-wrap">${timelineSvg(model, ids, v)}</figure>`)}
<details class="tl-details" open><summary>All ${sorted.length} dated items</summary>
<ol class="tl-list">${sorted.map((it) => row(it, ids.get(it)!, ev))}</ol></details></section>`;
}
