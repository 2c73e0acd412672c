import { loadData } from '../data.js';

/** A sentence as UTF-16 offsets into the document text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

interface AbbreviationData { en: string[]; da: string[]; capitalisedOnly?: string[] }
let abbreviations: Set<string> | null = null;
let capitalisedOnly: Set<string> | null = null;
/** A word that ends in a full stop without ending a sentence ("Mr", "Gen", "bl.a"; "Del" only capitalised). */
export function isAbbreviation(word: string): boolean {
  if (!abbreviations || !capitalisedOnly) {
    const data = loadData<AbbreviationData>('abbreviations.json');
    abbreviations = new Set([...data.en, ...data.da]);
    capitalisedOnly = new Set(data.capitalisedOnly ?? []);
  }
  const low = word.toLowerCase();
  // "Del." (Delegate) before a name, but "en stor del." ends a Danish sentence
  if (capitalisedOnly.has(low)) return /^\p{Lu}/u.test(word);
  return abbreviations.has(low);
}

/** Longest sentence handed to extractors, in UTF-16 units. */
export const MAX_SENTENCE = 2000;

// A full stop, question or exclamation mark, with any closing quotes or brackets after it.
const TERMINATOR = /[.!?…]+["”’»)\]]*(?=\s)/g;
// What may begin the next sentence: a capital, a digit, an opening quote or bracket, a dash line.
const NEXT_START = /^\s+["“‘«(\[–—-]?\s*[\p{Lu}\p{N}]/u;

/**
 * Splits text into sentences. Line breaks end a sentence (news text puts headlines, bylines and
 * paragraphs on lines of their own), except in a hard-wrapped text, where only paragraph breaks do;
 * within a line a terminator ends one when the next word starts like a sentence and the word
 * before is not a known abbreviation or an initial.
 */
export function splitSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    // A "sentence" longer than MAX_SENTENCE (a table, a run of digits, a line with no stops) is cut
    // at white space, so that no extractor ever works on megabytes at once.
    while (e - s > MAX_SENTENCE) {
      let cut = s + MAX_SENTENCE;
      const ws = text.lastIndexOf(' ', cut);
      if (ws > s + MAX_SENTENCE / 2) cut = ws;
      else if (/[\uDC00-\uDFFF]/.test(text[cut])) cut--; // never split a surrogate pair
      out.push({ start: s, end: cut });
      s = cut;
      while (s < e && /\s/.test(text[s])) s++;
    }
    if (e > s) out.push({ start: s, end: e });
  };
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g;
  let lineStart = from;
  const lines: [number, number][] = [];
  lineBreak.lastIndex = from;
  for (let m = lineBreak.exec(text); m && m.index < to; m = lineBreak.exec(text)) {
    lines.push([lineStart, m.index]);
    lineStart = m.index + m[0].length;
  }
  lines.push([lineStart, to]);
  for (const [ls, le] of hardWrapped(text, lines) ? paragraphs(text, lines) : lines) {
    const line = text.slice(ls, le);
    let s = 0;
    TERMINATOR.lastIndex = 0;
    for (let m = TERMINATOR.exec(line); m; m = TERMINATOR.exec(line)) {
      const end = m.index + m[0].length;
      if (!NEXT_START.test(line.slice(end, end + 6))) continue;
      if (/^\.(?!\.)/.test(m[0]) && endsInAbbreviation(line, m.index)) continue;
      push(ls + s, ls + end);
      s = end;
    }
    push(ls + s, le);
  }
  return out;
}

/**
 * Wire copy and e-mail are often wrapped at a fixed width ("succeeding Victor H.\nPalmieri, and"):
 * most lines then run near one length and end mid-sentence. Such a text's single line breaks are
 * spaces; a blank line or an indented line starts a new paragraph.
 */
function hardWrapped(text: string, lines: [number, number][]): boolean {
  let full = 0; let wrapped = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const [s, e] = lines[i];
    const len = e - s;
    if (len < 40) continue;
    full++;
    const [ns, ne] = lines[i + 1];
    if (len <= 90 && ne > ns && /[\p{L}\p{N},;]$/u.test(text.slice(e - 1, e)) && /^\S/u.test(text.slice(ns, ns + 1))) wrapped++;
  }
  return full >= 4 && wrapped >= full * 0.5;
}

/**
 * Lines joined into paragraphs: a line continues the one before when that one ran to the wrap
 * width (40 characters or more: not a header, title or signature line) and this one is neither
 * blank nor indented.
 */
function paragraphs(text: string, lines: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let prevLen = 0;
  for (const [s, e] of lines) {
    const last = out[out.length - 1];
    const blank = !/\S/u.test(text.slice(s, e));
    if (last && !blank && prevLen >= 40 && /^\S/u.test(text.slice(s, s + 1))) last[1] = e;
    else out.push([s, e]);
    prevLen = e - s;
  }
  return out;
}

function endsInAbbreviation(line: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(line[i - 1])) i--;
  const word = line.slice(i, dot);
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return isAbbreviation(word);
}
