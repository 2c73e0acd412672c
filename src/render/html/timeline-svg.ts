import { clipText, html, raw, type Html } from './escape.js';
import { dayNumber, monthName, readableDate, ymd } from './dates.js';
import type { TimelineItem, TimelineModel } from './timeline-items.js';

/** Geometry in viewBox units; CSS scales the picture and lets it scroll below 720 px. */
const W = 960;
const GUTTER = 176;
const RIGHT = 18;
const TOP = 30;
const LANE = 32;

export interface Scale { start: number; end: number; x: (day: number) => number }
export interface Domain { start: number; end: number }

/** The days the items cover, from the earliest start to the latest end. */
export function extent(items: TimelineItem[]): Domain | null {
  if (!items.length) return null;
  // a loop, not Math.min(...items): spreading a large corpus would overflow the stack
  let start = Infinity;
  let end = -Infinity;
  for (const i of items) { start = Math.min(start, i.from); end = Math.max(end, i.to); }
  return { start, end };
}

export function scaleFor(domain: Domain): Scale {
  let { start, end } = domain;
  if (end - start < 60) { start -= 30; end += 30; }
  const pad = (end - start) * 0.03;
  start -= pad; end += pad;
  return { start, end, x: (d) => GUTTER + ((d - start) / (end - start)) * (W - GUTTER - RIGHT) };
}

const n = (v: number): string => v.toFixed(1);

/** Year ticks for long spans, months (or quarters) for short ones. */
function ticks(sc: Scale): { day: number; label: string }[] {
  const a = ymd(sc.start);
  const b = ymd(sc.end);
  const years = b.y - a.y;
  const inside = (d: number): boolean => d >= sc.start && d <= sc.end;
  if (years >= 3) {
    const step = years > 40 ? 10 : years > 16 ? 5 : years > 8 ? 2 : 1;
    const out: { day: number; label: string }[] = [];
    for (let y = Math.ceil(a.y / step) * step; y <= b.y; y += step) out.push({ day: dayNumber(y, 1), label: String(y) });
    return out.filter((t) => inside(t.day));
  }
  const months = years * 12 + b.m - a.m;
  const step = months > 18 ? 3 : 1;
  const days: { day: number; y: number; m: number }[] = [];
  for (let i = 0; i <= months; i++) {
    const y = a.y + Math.floor((a.m - 1 + i) / 12);
    const m = ((a.m - 1 + i) % 12) + 1;
    if ((m - 1) % step === 0 && inside(dayNumber(y, m))) days.push({ day: dayNumber(y, m), y, m });
  }
  // The year is written on the first tick and on each January.
  return days.map((t, i) => ({ day: t.day, label: i === 0 || t.m === 1 ? `${monthName(t.m)} ${t.y}` : monthName(t.m) }));
}

/** A bar; one that starts before the window (a long tenure in a zoomed view) gets an arrow at the left. */
function barShape(it: TimelineItem, sc: Scale, cy: number): Html {
  const clipped = sc.x(it.from) < GUTTER;
  const x1 = clipped ? GUTTER + 8 : sc.x(it.from);
  const x2 = it.openEnd ? W - RIGHT - 10 : Math.min(sc.x(it.to), W - RIGHT);
  const h = it.kind === 'candidacy' ? 6 : 16;
  const w = Math.max(2, x2 - x1);
  const open = it.openEnd ? raw(`<path class="open" d="M${n(x1 + w)} ${n(cy - 8)}l8 8l-8 8z"/>`) : '';
  const before = clipped ? raw(`<path class="open" d="M${n(x1)} ${n(cy - 8)}l-8 8l8 8z"/>`) : '';
  const fits = it.kind === 'tenure' && it.label.length * 7 + 10 < w;
  const text = fits ? html`<text class="in" x="${n(x1 + 6)}" y="${n(cy + 4)}">${it.label}</text>` : '';
  return html`<rect class="k-${it.kind}" x="${n(x1)}" y="${n(cy - h / 2)}" width="${n(w)}" height="${h}" rx="2"/>${open}${before}${text}`;
}

function shape(it: TimelineItem, sc: Scale, cy: number): Html {
  if (it.bar) return barShape(it, sc, cy);
  const x1 = sc.x(it.from);
  const x2 = sc.x(it.to);
  const whisker = x2 - x1 > 1.5 ? raw(`<line class="vague" x1="${n(x1)}" x2="${n(x2)}" y1="${n(cy)}" y2="${n(cy)}"/>`) : '';
  const x = x1;
  switch (it.kind) {
    case 'meeting': return html`${whisker}<path class="k-meeting" d="M${n(x)} ${n(cy - 8)}l8 8l-8 8l-8 -8z"/>`;
    case 'deadline': return html`${whisker}<path class="k-deadline" d="M${n(x)} ${n(cy - 8)}l7 14h-14z"/>`;
    case 'extension': return html`${whisker}<path class="k-extension" d="M${n(x)} ${n(cy - 9)}v18M${n(x)} ${n(cy - 9)}h9l-3 4l3 4h-9"/>`;
    case 'article': return html`${whisker}<rect class="k-article" x="${n(x - 2)}" y="${n(cy - 8)}" width="4" height="16"/>`;
    case 'candidacy': return html`${whisker}<circle class="k-candidacy" cx="${n(x)}" cy="${n(cy)}" r="5.5"/>`;
    default: return html`${whisker}<circle class="k-event" cx="${n(x)}" cy="${n(cy)}" r="4"/>`;
  }
}

export function tooltip(it: TimelineItem): string {
  const when = it.bar ? it.when : readableDate(it.when);
  return clipText(`${when ? `${when}: ` : ''}${it.label} — ${it.detail}`, 300);
}

/** Shared SVG definitions (the extension hatching), once per page so ids stay unique. */
export const SVG_DEFS = raw('<svg class="defs" width="0" height="0" aria-hidden="true"><defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="#56B4E9"/></pattern></defs></svg>');

export interface View { domain: Domain; lanes: number[]; caption: string; window?: Domain | null }

/** The picture: lanes as rows, time across; every mark links to its line in the list below. */
export function timelineSvg(model: TimelineModel, ids: Map<TimelineItem, string>, view: View): Html {
  const sc = scaleFor(view.domain);
  const row = new Map(view.lanes.map((lane, i) => [lane, i]));
  const height = TOP + view.lanes.length * LANE + 6;
  const grid = ticks(sc).map((t) => html`<line class="grid" x1="${n(sc.x(t.day))}" x2="${n(sc.x(t.day))}" y1="${TOP - 6}" y2="${height}"/><text class="tick" x="${n(sc.x(t.day))}" y="${TOP - 12}">${t.label}</text>`);
  const lanes = view.lanes.map((lane, i) => {
    const label = model.lanes[lane];
    const y = TOP + i * LANE;
    return html`<g class="lane"><rect class="band${i % 2 ? ' odd' : ''}" x="0" y="${y}" width="${W}" height="${LANE}"/>
<text class="lane-label" x="${GUTTER - 10}" y="${y + LANE / 2 + 4}"><title>${label}</title>${clipText(label, 24)}</text></g>`;
  });
  const inView = (it: TimelineItem): boolean => row.has(it.lane) && (it.to >= sc.start || Boolean(it.openEnd)) && it.from <= sc.end;
  const order = model.items.filter(inView).sort((a, b) => Number(b.bar) - Number(a.bar));
  const marks = order.map((it) => {
    const cy = TOP + row.get(it.lane)! * LANE + LANE / 2;
    return html`<a class="ti" href="#${ids.get(it) ?? ''}"><title>${tooltip(it)}</title>${shape(it, sc, cy)}</a>`;
  });
  return html`<svg class="timeline" viewBox="0 0 ${W} ${height}" role="img" xmlns="http://www.w3.org/2000/svg">
<title>${view.caption}</title>
${lanes}${windowBand(view.window ?? null, sc, height)}${grid}${marks}</svg>`;
}

/** In the overview, the stretch the detailed timeline shows. */
function windowBand(w: Domain | null, sc: Scale, height: number): Html {
  if (!w) return html``;
  const x1 = Math.max(GUTTER, sc.x(w.start));
  const x2 = Math.min(W - RIGHT, sc.x(w.end));
  return html`<rect class="window" x="${n(x1)}" y="${TOP - 6}" width="${n(Math.max(3, x2 - x1))}" height="${n(height - TOP + 6)}"/>`;
}
