import { isAbbreviation } from './phrase.js';
import { matches } from './matches.js';

/**
 * Sentence breaks as the attribution rules see them: ". Next", but not "Mr. Xyz" or "J. Xyz"
 * (abbreviations and initials), and every line end. sentenceStart() asks many times per
 * document for the last break before a quotation; the breaks of the whole text are found once
 * and read by range, and only a window that starts within a few characters of a break (where
 * cutting the text could change what the window sees) is scanned on its own.
 */
const BREAK = /[.!?]["”»]?\s+(?=["“«]?[\p{Lu}\p{N}])|\n/gu;
// The abbreviation test looks this far back from the full stop.
const LOOK_BACK = 12;

/** Is the match at `index` of `s` a break (not the full stop of "Mr." or "J.")? */
function isBreak(s: string, index: number, match: string): boolean {
  if (match === '\n' || match[0] !== '.') return true;
  const word = /([\p{L}.]+)\.$/u.exec(s.slice(Math.max(0, index - LOOK_BACK), index + 1))?.[1] ?? '';
  return !(isAbbreviation(word) || /^\p{Lu}$/u.test(word));
}

/** Positions just after each break in `s`. */
export function breaks(s: string): number[] {
  const out: number[] = [];
  for (const m of matches(BREAK, s)) if (isBreak(s, m.index, m[0])) out.push(m.index + m[0].length);
  return out;
}

interface Index { starts: number[]; ends: number[]; real: boolean[] }
let indexed: string | null = null;
let index: Index = { starts: [], ends: [], real: [] };
function indexOf(text: string): Index {
  if (text === indexed) return index;
  index = { starts: [], ends: [], real: [] };
  for (const m of matches(BREAK, text)) { index.starts.push(m.index); index.ends.push(m.index + m[0].length); index.real.push(isBreak(text, m.index, m[0])); }
  indexed = text;
  return index;
}

/** The start of the sentence holding index `at`, not before `floor`. */
export function sentenceStart(text: string, at: number, floor: number): number {
  const { starts, ends, real } = indexOf(text);
  // the first match ending after the floor
  let lo = 0; let hi = ends.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ends[mid] <= floor) lo = mid + 1; else hi = mid; }
  // a match across the floor or just after it may read differently in a window cut at the floor
  if (lo < ends.length && starts[lo] < floor + LOOK_BACK) return scanned(text, at, floor);
  let j = lo; hi = ends.length;
  while (j < hi) { const mid = (j + hi) >> 1; if (ends[mid] <= at) j = mid + 1; else hi = mid; }
  for (j--; j >= lo; j--) if (real[j]) return ends[j];
  return floor;
}

function scanned(text: string, at: number, floor: number): number {
  // a little past `at`, so the break's look-ahead sees the capital after it
  const b = breaks(text.slice(floor, Math.min(text.length, at + 3))).filter((x) => x <= at - floor);
  return floor + (b.length ? b[b.length - 1] : 0);
}
