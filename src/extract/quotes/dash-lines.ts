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
    const start = m.index + m[0].length;
    let lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = text.length;
    let end = lineEnd;
    let middle: [number, number] | null = null;
    const line = text.slice(start, lineEnd);
    let tail: RegExpExecArray | null = null;
    TAIL.lastIndex = 0;
    for (let t = TAIL.exec(line); t; t = TAIL.exec(line)) tail = t;
    if (tail && (line.slice(tail.index).match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_TAIL_WORDS) {
      end = start + tail.index;
      middle = [end, lineEnd];
    } else if (english) continue;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) continue;
    const piece = { open: m.index, start, end, close: end, closed: true, lineStart: true };
    out.push({ parts: [piece], start, end, open: m.index, close: end, middle, rule: 'quotes/dash-line' });
  }
  return out;
}
