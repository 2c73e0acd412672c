import { isAbbreviation } from './phrase.js';
import { matches } from './matches.js';
import { firstAtOrAfter } from '../../text/sorted-index.js';
import { perText } from '../../text/per-text.js';

/**
 * Sentence breaks as the attribution rules see them: ". Next", but not "Mr. Xyz" or "J. Xyz"
 * (abbreviations and initials), and every line end. sentenceStart() asks many times per
 * document for the last break before a quotation; the breaks of the whole text are found once
 * and read by range, and only a window that starts within a few characters of a break (where
 * cutting the text could change what the window sees) is scanned on its own.
 */
const BREAK = /[.!?]["”»]?\s+(?=["“«]?[\p{Lu}\p{N}])|\n/gu;
// The abbreviation test looks this far back from the full stop, at the letters and dots before it.
const LOOK_BACK = 12;
const WORD_RUN = /^[\p{L}.]*$/u;

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
const indexOf = perText((text): Index => {
  const index: Index = { starts: [], ends: [], real: [] };
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) { index.starts.push(m.index); index.ends.push(m.index + m[0].length); index.real.push(isBreak(text, m.index, m[0])); }
  return index;
});

/** The start of the sentence holding index `at`, not before `floor`. */
export function sentenceStart(text: string, at: number, floor: number): number {
  const { starts, ends, real } = indexOf(text);
  // the first match ending after the floor
  const lo = firstAtOrAfter(ends, (e) => e, floor + 1);
  // a match across the floor, or a full stop whose word the cut at the floor shortens ("Mr." -> "r."),
  // may read differently in a window cut at the floor
  if (lo < ends.length && (starts[lo] < floor || (starts[lo] < floor + LOOK_BACK && text[starts[lo]] === '.' && WORD_RUN.test(text.slice(floor, starts[lo]))))) {
    return scanned(text, at, floor);
  }
  // the last break at or before `at` (from the floor on)
  for (let j = Math.max(lo, firstAtOrAfter(ends, (e) => e, at + 1)) - 1; j >= lo; j--) if (real[j]) return ends[j];
  return floor;
}

function scanned(text: string, at: number, floor: number): number {
  // a little past `at`, so the break's look-ahead sees the capital after it
  const b = breaks(text.slice(floor, Math.min(text.length, at + 3))).filter((x) => x <= at - floor);
  return floor + (b.length ? b[b.length - 1] : 0);
}
