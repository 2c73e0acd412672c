import { CUE_RE } from './lexicon.js';
import type { Piece } from './marks.js';

/**
 * One quotation as the text gives it: one or more pieces. Pieces are joined when a quote runs
 * over paragraphs (an opening mark with no closing one, the next paragraph opening again) or is
 * interrupted by its attribution ("A," he said. "B.").
 */
export interface RawQuote {
  parts: Piece[];
  /** Inner text of the whole quotation [start, end): from the first piece to the last. */
  start: number;
  end: number;
  open: number;
  close: number;
  /** The attribution between two pieces, when the quote was interrupted by it. */
  middle: [number, number] | null;
  rule: string;
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * "...," he said. "...": the text between two pieces on one line is only an attribution:
 * a cue, at most 12 words, ending in punctuation.
 */
function isInterruption(between: string): boolean {
  const t = between.trim();
  if (!t || words(t) > 12 || /["“”«»]/.test(t)) return false;
  if (!/[,.:;—–-]$/.test(t)) return false;
  CUE_RE.lastIndex = 0;
  return CUE_RE.test(t);
}

/** Joins pieces into quotations; drops an open piece that neither continues nor starts a paragraph. */
export function joinPieces(text: string, pieces: Piece[]): RawQuote[] {
  const out: RawQuote[] = [];
  let cur: RawQuote | null = null;
  for (const p of pieces) {
    const last = cur?.parts[cur.parts.length - 1];
    if (cur && last && !last.closed && p.lineStart && text.slice(last.end, p.open).trim() === '') {
      cur.parts.push(p); cur.end = p.end; cur.close = p.close; cur.rule = 'quotes/multi-paragraph';
      continue;
    }
    if (cur && last && last.closed && !cur.middle && isInterruption(text.slice(last.close, p.open))
      && !/\n/.test(text.slice(last.close, p.open))) {
      cur.middle = [last.close, p.open];
      cur.parts.push(p); cur.end = p.end; cur.close = p.close; cur.rule = 'quotes/interrupted';
      continue;
    }
    if (cur) out.push(cur);
    cur = { parts: [p], start: p.start, end: p.end, open: p.open, close: p.close, middle: null, rule: 'quotes/marks' };
  }
  if (cur) out.push(cur);
  return out.filter((q) => {
    const last = q.parts[q.parts.length - 1];
    return last.closed || (q.parts[0].lineStart && words(text.slice(q.start, q.end)) >= 4);
  });
}
