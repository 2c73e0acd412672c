import { CUE_VERB } from './lexicon.js';
import type { RawQuote } from './pieces.js';

/**
 * Scandinavian dialogue dash lines: a paragraph that opens with a dash is speech, and its
 * attribution follows the last comma ("- Jeg søger ikke om forlængelse, svarede han ifølge VG.").
 * In English a dash line is a list item unless it carries a cue, so only those are taken there.
 */
const DASH_LINE = /^[ \t]*[-–—][ \t]+(?=["“«»]?[\p{Lu}\p{N}])/gmu;
// ", svarede han ifølge VG." / ", siger Xyz Abc til DR." at the end of the line
const TAIL = new RegExp(`,\\s+(?:${CUE_VERB})(?![\\p{L}])`, 'giu');
const MAX_TAIL_WORDS = 12;

export function scanDashLines(text: string, from: number, english: boolean): RawQuote[] {
  const out: RawQuote[] = [];
  DASH_LINE.lastIndex = from;
  for (let m = DASH_LINE.exec(text); m; m = DASH_LINE.exec(text)) {
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = text.length;
    // "- A, siger Xyz til DR. - B.": a new dash after a sentence end on the same line opens the speaker's next quote
    for (let open = m.index, start = m.index + m[0].length; ;) {
      const found = dashQuote(text, open, start, lineEnd, english);
      if (found.quote) out.push(found.quote);
      if (!found.next) break;
      [open, start] = found.next;
    }
  }
  return out;
}
// ". - Jeg er ...": a sentence end, a dash and a capital
const NEXT_DASH = /[.!?][ \t]+[-–—][ \t]+(?=["“«»]?[\p{Lu}\p{N}])/u;

/**
 * The quotation of a dash opening at `open`, its words from `start` to the attribution, the next
 * dash after a sentence end or the line end; and where that next dash and its words start.
 */
function dashQuote(text: string, open: number, start: number, lineEnd: number, english: boolean): { quote: RawQuote | null; next: [number, number] | null } {
  const line = text.slice(start, lineEnd);
  let tail: RegExpExecArray | null = null;
  let dash = NEXT_DASH.exec(line);
  TAIL.lastIndex = 0;
  for (let t = TAIL.exec(line); t && (!dash || t.index < dash.index); t = TAIL.exec(line)) tail = t;
  // the attribution runs to the line end or to a new dash after it
  if (tail) { const after = NEXT_DASH.exec(line.slice(tail.index)); if (after) after.index += tail.index; dash = after; }
  const stop = dash ? dash.index + 1 : line.length;
  const next: [number, number] | null = dash ? [start + dash.index + dash[0].search(/[-–—]/u), start + dash.index + dash[0].length] : null;
  let end = start + stop;
  let middle: [number, number] | null = null;
  if (tail && (line.slice(tail.index, stop).match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_TAIL_WORDS) {
    end = start + tail.index;
    middle = [end, start + stop];
  } else if (english) return { quote: null, next };
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return { quote: null, next };
  const piece = { open, start, end, close: end, closed: true, lineStart: true };
  return { quote: { parts: [piece], start, end, open, close: end, middle, rule: 'quotes/dash-line' }, next };
}
