import { safeText } from '../sanitize.js';

/**
 * Escaping for the HTML report. Text from articles reaches the page only through `html`
 * templates, which escape every interpolated value unless it is already `Html` made by this
 * module: the page is safe by construction, not by remembering to call esc().
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

// A lone surrogate cannot be encoded as UTF-8; the browser would show garbage.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and double- or single-quoted attribute values. */
export function esc(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  return safeText(String(s)).replace(LONE_SURROGATE, '\ufffd').replace(/[&<>"']/g, (c) => ENTITY[c]);
}

/** Marks markup written by this module (never article text) as safe to insert. */
export function raw(s: string): Html {
  return new Html(s);
}

type Part = Html | string | number | null | undefined | false | Part[];

function render(v: Part): string {
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false) return '';
  return esc(v);
}

/** Template tag: `html\`<p>${name}</p>\`` escapes name; arrays are joined; null and false vanish. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Shortens text to `max` code points for labels and tooltips. */
export function clipText(s: string, max: number): string {
  const cps = [...s];
  return cps.length <= max ? s : `${cps.slice(0, max - 1).join('')}…`;
}

/** Joins escaped parts with a separator (for lists of names). */
export function joinHtml(parts: Html[], sep: string): Html {
  return new Html(parts.map((p) => p.value).join(esc(sep)));
}
