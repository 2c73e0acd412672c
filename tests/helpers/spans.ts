import { expect } from 'vitest';

/** The contract: `[...text].slice(start, end).join('') === span.text` (code points). */
export function expectSpanAt(source: string, span: { text: string; start: number; end: number }): void {
  expect([...source].slice(span.start, span.end).join('')).toBe(span.text);
}

/** Walks any JSON value and checks every {text,start,end} object against the source text. */
export function checkAllSpans(source: string, value: unknown, path = '$'): string[] {
  const bad: string[] = [];
  const cps = [...source];
  const visit = (v: unknown, p: string): void => {
    if (Array.isArray(v)) { v.forEach((x, i) => visit(x, `${p}[${i}]`)); return; }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
      if (cps.slice(o.start, o.end).join('') !== o.text) bad.push(`${p}: [${o.start},${o.end}) != ${JSON.stringify(o.text).slice(0, 60)}`);
    }
    for (const [k, x] of Object.entries(o)) if (k !== 'evidence') visit(x, `${p}.${k}`);
  };
  visit(value, path);
  return bad;
}
