import type { DocumentPart } from '../model.js';
import type { InputDocument } from '../pipeline/run.js';
import { readHeader, isValidDateValue } from '../text/header.js';

/**
 * Very large files are read in parts. Each part is one document ("file.txt#2") cut at a paragraph
 * break, so that time and memory per document stay bounded (spaCy refuses texts over a million
 * characters for the same reason; we cut rather than refuse). A part knows where it sits in the
 * file (`part.offset`, in code points), and later parts keep the date of the file's header.
 */
export const DEFAULT_MAX_CHARS = 1_000_000;

// Preferred cut points, best first: a blank line, a line end, a sentence end, any space.
const CUTS = [/\n[ \t]*\r?\n\s*/g, /\r?\n/g, /[.!?]["”’)]?\s+/g, /\s+/g];

/** UTF-16 [start, end) ranges of at most `max` code units covering `text`, cut where a reader would. */
export function partRanges(text: string, max: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (text.length - start > max) {
    const end = cutBefore(text, start, start + max);
    out.push([start, end]);
    start = end;
  }
  out.push([start, text.length]);
  return out;
}

/** The best cut in the second half of [start, limit): after a separator, never inside a surrogate pair. */
function cutBefore(text: string, start: number, limit: number): number {
  const from = start + Math.floor((limit - start) / 2);
  const window = text.slice(from, limit);
  for (const re of CUTS) {
    let last = -1;
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) last = m.index + m[0].length;
    if (last > 0) return from + last;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}


/** The input as it is, or its parts when longer than `max` code units (0: never split). */
export function splitInput(input: InputDocument, max: number): InputDocument[] {
  if (max <= 0 || input.text.length <= max) return [input];
  const header = readHeader(input.text);
  const date = header && isValidDateValue(header.date) ? header.date : undefined;
  const ranges = partRanges(input.text, max);
  let codePoints = 0; let prevEnd = 0;
  return ranges.map(([start, end], i) => {
    codePoints += countCodePoints(input.text, prevEnd, start);
    prevEnd = start;
    const part: DocumentPart = { of: input.id, index: i + 1, count: ranges.length, offset: codePoints };
    const warnings = i === 0 ? [...(input.warnings ?? []), `${input.text.length} characters: read in ${ranges.length} parts of at most ${max} (${input.id}#1 to #${ranges.length}), cut at paragraph breaks`] : [];
    return { id: `${input.id}#${i + 1}`, text: input.text.slice(start, end), warnings, part, headerDate: i > 0 ? date : undefined };
  });
}

function countCodePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > from && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) n++;
  }
  return n;
}
