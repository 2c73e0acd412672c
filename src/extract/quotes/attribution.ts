import { cuesInWindow, PARTICIPLE, PHRASE_SET } from './lexicon.js';
import { breaks, sentenceStart } from './breaks.js';
import { phraseAfter, phraseBefore } from './phrase.js';
import { firstMention } from './subject.js';
import { countWords as words } from './words.js';

export { sentenceStart };

/**
 * The cue and the words naming the speaker around a quotation. A window is searched after the
 * closing mark ("," the source said.) and before the opening mark (Xyz told reporters: "),
 * within the sentence; the speaker phrase stays raw here and is resolved in speaker.ts.
 */
export interface Attribution {
  cue: [number, number];
  speaker: [number, number] | null;
  rule: string;
}

/** The end of the attribution window after a closing mark: the line, the next quote or 200 characters. */
export function windowEnd(text: string, from: number): number {
  let end = Math.min(text.length, from + 200);
  const nl = text.indexOf('\n', from);
  if (nl >= 0 && nl < end) end = nl;
  const mark = text.slice(from, end).search(/[“"«»„]/);
  return mark >= 0 ? from + mark : end;
}

/** "...," the source said / "...," said Xyz / ", svarede han ifølge VG" / "..., according to Xyz". */
export function cueAfter(text: string, close: number, to = windowEnd(text, close)): Attribution | null {
  const m = cuesInWindow(text, close, to)[0];
  if (!m || m.start - close > 120) return null;
  const pre = text.slice(close, m.start);
  const lead = pre.length - pre.replace(/^[\s,;:—–-]+/, '').length;
  const subject = pre.slice(lead);
  // a subject with appositions may be long: "Xyz Abc, the attorney general of Oklahoma, one of the states suing, said"
  if (breaks(pre).length || words(subject) > (subject.includes(',') ? 25 : 10)) return null;
  const cue: [number, number] = [m.start, m.end];
  if (!subject.trim() || PHRASE_SET.has(m.cue.toLowerCase())) {
    return { cue, speaker: phraseAfter(text, cue[1], to), rule: 'quotes/cue-after-inverted' };
  }
  return { cue, speaker: phraseBefore(text, close + lead, cue[0]), rule: 'quotes/cue-after' };
}

/** "“...” ― Xyz Abc" at the end of a line: a credit line names the speaker without a cue. */
export function creditAfter(text: string, close: number): Attribution | null {
  const end = windowEnd(text, close);
  const m = /^\s*[―—–-]\s*(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4})\s*(?:,[^\n]*)?$/u.exec(text.slice(close, end));
  if (!m) return null;
  const s = close + m[0].indexOf(m[1]);
  return { cue: [s, s], speaker: [s, s + m[1].length], rule: 'quotes/credit-line' };
}

/** Xyz said: "..." / Xyz said that the plan was "dead" / according to Xyz, it is "over" / ..., saying "...". */
export function cueBefore(text: string, open: number, floor: number): Attribution | null {
  const from = sentenceStart(text, open, floor);
  const found = cuesInWindow(text, from, open);
  const m = found[found.length - 1];
  if (!m) return null;
  const cue: [number, number] = [m.start, m.end];
  const c = m.cue.toLowerCase();
  if (PHRASE_SET.has(c)) return { cue, speaker: phraseAfter(text, cue[1], open), rule: 'quotes/according-to' };
  // "the source called Xyz a “strong” contender ..., saying that “...”": the subject opens the sentence
  if (PARTICIPLE.has(c)) return { cue, speaker: firstMention(text, sentenceStart(text, cue[0], Math.max(0, cue[0] - 600)), cue[0]), rule: 'quotes/participle' };
  // "Said Xyz: “...”": nothing before the cue, the speaker follows it
  if (!text.slice(from, cue[0]).trim()) return { cue, speaker: phraseAfter(text, cue[1], open), rule: 'quotes/cue-before-inverted' };
  return { cue, speaker: phraseBefore(text, from, cue[0]), rule: 'quotes/cue-before' };
}

/** A quotation that opens a paragraph after a line ending in a colon: "Xyz said:\n\n“...”". */
export function cueBeforeColon(text: string, open: number, floor: number): Attribution | null {
  const before = text.slice(floor, open);
  const m = /:\s*$/.exec(before);
  if (!m) return null;
  const colon = floor + m.index;
  const a = cueBefore(text, colon, Math.max(floor, colon - 300));
  return a ? { ...a, rule: 'quotes/cue-colon' } : null;
}
