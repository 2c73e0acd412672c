/**
 * Finds the text standing inside quotation marks, line by line: curly “…”, straight "…",
 * guillemets «…» and Danish »…«, and low-high „…“. A line whose quote does not close is kept as
 * an open piece, so a quote that runs over paragraphs can be joined later (see pieces.ts).
 */
export interface Piece {
  /** UTF-16 index of the opening mark. */
  open: number;
  /** Inner text [start, end). */
  start: number;
  end: number;
  /** Index just after the closing mark (or `end` when the piece does not close on its line). */
  close: number;
  closed: boolean;
  /** The opening mark is the first thing on its line. */
  lineStart: boolean;
}

const MARK = /[“”"«»„]/g;
// Which closing mark ends a quote opened by each mark.
const CLOSER: Record<string, string> = { '“': '”', '"': '"', '«': '»', '»': '«', '„': '“', '”': '”' };

/** A straight quote or a » opens only after a space, a bracket, a dash or the line start. */
function canOpen(text: string, i: number, lineStart: number): boolean {
  const mark = text[i];
  // ”Xyz at a line start: a right mark typed for a left one
  if (mark === '”') return text.slice(lineStart, i).trim() === '' && /\p{L}/u.test(text[i + 1] ?? '');
  if (mark === '"' || mark === '»') {
    const prev = i > lineStart ? text[i - 1] : ' ';
    const next = text[i + 1] ?? ' ';
    return /[\s([{—–\-/:]/.test(prev) && !/\s/.test(next);
  }
  return true;
}

/** The pieces on one line [from, to). */
function scanLine(text: string, from: number, to: number, out: Piece[]): void {
  let open = -1;
  // closing marks still owed to quotations nested in the open one (same marks; curly ones in straight)
  let inner = 0;
  let curly = 0;
  // search the line only: a search of the whole text from each line start is quadratic when marks are rare
  const line = text.slice(from, to);
  MARK.lastIndex = 0;
  for (let m = MARK.exec(line); m; m = MARK.exec(line)) {
    const i = from + m.index; const c = m[0];
    // mixed marks close each other too: "work-related” / “more hours"
    const mixed = open >= 0 && ((text[open] === '"' && c === '”') || (text[open] === '“' && c === '"' && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ')));
    if (inner > 0 && c === CLOSER[text[open]]) { inner--; continue; }
    // "It comes across as “too loud” or “too shrill.”": curly quotations inside a straight one that closes on
    // the line (not a paragraph of an excerpt, opened by a straight mark that never closes there)
    if (open >= 0 && text[open] === '"' && ((c === '“' && nestedCurly(line, m.index)) || (c === '”' && curly > 0))) { curly += c === '“' ? 1 : -1; continue; }
    if (open >= 0 && (c === CLOSER[text[open]] || mixed || typoCloser(text, open, i))) {
      out.push(makePiece(text, open, i, i + 1, true, from));
      open = -1; curly = 0;
    } else if (open >= 0 && c === text[open] && c !== '"') {
      // “I would rather stay in what he calls “the swamp” than ...”: a quotation inside, when two closers follow
      if (nestedAhead(line, m.index + 1, c)) inner++;
      else open = i; // “a “b: the first never closed; start again from the second
    } else if (open < 0 && canOpen(text, i, from)) open = i;
  }
  if (open >= 0) {
    let end = to;
    while (end > open + 1 && /\s/.test(text[end - 1])) end--;
    if (end > open + 1) out.push(makePiece(text, open, end, end, false, from));
  }
}

/** After a “ inside a straight quotation: a ” closes it, and a straight mark after that closes the outer one. */
function nestedCurly(line: string, from: number): boolean {
  const close = line.indexOf('”', from);
  return close >= 0 && line.indexOf('"', close) >= 0;
}

/** After an opening mark inside an open quotation: do the next two marks of the line both close (“a “b” c”)? */
function nestedAhead(line: string, from: number, opener: string): boolean {
  const closer = CLOSER[opener];
  let n = 0;
  for (let j = from; j < line.length && n < 2; j++) {
    if (line[j] === opener) return false;
    if (line[j] === closer) n++;
  }
  return n === 2;
}

/** "... rose by 4 percent.“ The": an opening curly mark typed after a full stop, before a space, closes a curly quotation. */
const typoCloser = (text: string, open: number, i: number): boolean =>
  text[open] === '“' && text[i] === '“' && /[.!?,]/.test(text[i - 1]) && /^(?:\s|$)/.test(text[i + 1] ?? '');

function makePiece(text: string, open: number, endMark: number, close: number, closed: boolean, lineFrom: number): Piece {
  let start = open + 1; let end = endMark;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const lineStart = text.slice(lineFrom, open).trim() === '';
  return { open, start, end, close, closed, lineStart };
}

/** Every quoted piece in text[from, to), in order. */
export function scanPieces(text: string, from = 0, to = text.length): Piece[] {
  const out: Piece[] = [];
  let lineFrom = from;
  const nl = /\r?\n|\r|\u2028|\u2029/g;
  nl.lastIndex = from;
  for (let m = nl.exec(text); ; m = nl.exec(text)) {
    const lineTo = m && m.index < to ? m.index : to;
    if (lineTo > lineFrom) scanLine(text, lineFrom, lineTo, out);
    if (!m || m.index >= to) break;
    lineFrom = m.index + m[0].length;
  }
  return out.filter((p) => p.end > p.start);
}
