import { CUE_RE } from './lexicon.js';
import type { Piece } from './marks.js';
import { countWords as words } from './words.js';

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


/**
 * "...," he said. "..." / "...," said Xyz, a lawyer who has worked on it. "...": the text between
 * two pieces on one line is only their attribution: a cue within its first eight words, no other
 * quotation, at most 45 words, ending in punctuation (or "but", "and" before a lower-case piece).
 */
function isInterruption(between: string): boolean {
  const t = between.trim();
  if (!t || words(t) > 45 || /["“”«»]/.test(t)) return false;
  if (!/(?:[,.:;—–-]|\sbut|\sand)$/.test(t)) return false;
  CUE_RE.lastIndex = 0;
  const m = CUE_RE.exec(t);
  // "...," Xyz said, adding later, "...": a second cue starts an attribution of its own
  if (m && CUE_RE.exec(t)) return false;
  // the cue comes early: after the speaker, or after a speaker with an apposition ("Xyz, a writer for Abc, said")
  return !!m && words(t.slice(0, m.index)) <= (t.slice(0, m.index).includes(',') ? 16 : 8);
}

/** The second piece ends its sentence or meets its own attribution, rather than running on into prose. */
function endsSpeech(text: string, p: Piece): boolean {
  // "...," he added: the second piece has an attribution of its own, so it is a quotation of its own
  const after = text.slice(p.close, p.close + 80).split(/[.!?\n“"«]/)[0];
  CUE_RE.lastIndex = 0;
  const own = CUE_RE.exec(after);
  if (own && words(after.slice(0, own.index)) <= 5) return false;
  if (!p.closed || /[.!?,…—–-]$/.test(text.slice(p.start, p.end))) return true;
  return /^(?:\s*$|\s*\n|[.!?,;:]|\s+[—–-])/.test(text.slice(p.close, p.close + 3));
}

/** "I had to change my answer: “...”": a piece with an attribution before it is not interrupted by the next one's. */
function introduced(text: string, open: number): boolean {
  const lineStart = text.lastIndexOf('\n', open) + 1;
  return /:\s*$/.test(text.slice(lineStart, open));
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
    if (cur && last && last.closed && !cur.middle && !introduced(text, cur.open) && isInterruption(text.slice(last.close, p.open))
      && !/\n/.test(text.slice(last.close, p.open)) && endsSpeech(text, p)) {
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
