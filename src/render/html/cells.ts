import { html, type Html } from './escape.js';

/** A table cell; an empty one shows a dash, and narrow screens hide it (class nil). */
export function cell(label: string, items: string[] | Html): Html {
  if (Array.isArray(items)) return items.length ? html`<td data-label="${label}">${items.join(', ')}</td>` : html`<td class="nil" data-label="${label}">—</td>`;
  return html`<td data-label="${label}">${items}</td>`;
}
