import { breaks, sentenceStart } from './breaks.js';
import { CUE_RE, PARTICIPLE, cuesIn } from './lexicon.js';
import type { Piece } from './marks.js';
import { countWords as words } from './words.js';
import { isFragmentLink } from './fragments.js';
import { isTitle, NAME_IN_MARKS } from './title.js';

export { isTitle, NAME_IN_MARKS };

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
  // a name in quotation marks ("on Fox News’s “Fox and Friends.”", "Marcia “Cia” Price") is part of the attribution
  const t = between.trim().replace(NAME_IN_MARKS, (m, name: string) => (isTitle(name) ? name : m));
  if (!t || words(t, 46) > 45 || /["“”«»]/.test(t)) return false;
  // "...", he said the duty would be frozen. Others believe ...: "...": a sentence inside with a cue of its own is
  // the next quotation's attribution (not "...," Xyz said. He did not elaborate. "...")
  const inside = breaks(t)[0];
  CUE_RE.lastIndex = 0;
  if (inside !== undefined && CUE_RE.test(t.slice(inside))) return false;
  // "Xyz "signed early," Abc said, and still "kept his seat"": an adverb may follow the "and"
  if (!/(?:[,.:;—–-]|\s(?:but|and)(?:\s+(?:still|also|then|later|even|yet))?)$/.test(t)) return false;
  CUE_RE.lastIndex = 0;
  const m = CUE_RE.exec(t);
  // "...," Xyz said, adding later, "...": a second cue, a participle or one after a comma, starts an
  // attribution of its own (not "..., Xyz said after the hearing he was called to. "...")
  for (let n = m && CUE_RE.exec(t); n; n = CUE_RE.exec(t)) if (PARTICIPLE.has(n[1].toLowerCase()) || /,\s*$/.test(t.slice(0, n.index))) return false;
  CUE_RE.lastIndex = 0;
  // "...," Xyz said, going on to contrast the two plans. "...": the attribution moves on to a new point
  if (m && GOES_ON.test(t.slice(m.index))) return false;
  // the cue comes early: after the speaker, or after a speaker with an apposition ("Xyz, a writer for Abc, said")
  const most = t.slice(0, m?.index ?? 0).includes(',') ? 16 : 8;
  return !!m && words(t.slice(0, m.index), most + 1) <= most;
}


/**
 * The attribution between two pieces stands on their line, or ends its paragraph with a full stop before
 * the next paragraph goes on with the quotation ("“A,” the minister told the committee.\n\n“B.”"), right
 * after the first piece's closing punctuation (not "a “mongrel” attack, he says, is the latest ...").
 */
function onOneLine(text: string, last: Piece, p: Piece): boolean {
  const between = text.slice(last.close, p.open);
  if (!between.includes('\n')) return true;
  const punctuated = /[,.!?…—–-]$/u.test(text.slice(last.start, last.end)) || /^[^\p{L}\p{N}\s]*[,.]/u.test(between);
  return punctuated && /^[^\n]*\.\s*\n\s*$/.test(between);
}

const GOES_ON = /,\s*(?:before\s+)?(?:going|went|moving|moved)\s+on\s+to\s/iu;

/** The second piece ends its sentence or meets its own attribution, rather than running on into prose. */
function endsSpeech(text: string, p: Piece): boolean {
  // "...," he added: the second piece has an attribution of its own, so it is a quotation of its own
  const after = text.slice(p.close, p.close + 80).split(/[.!?\n“"«]/)[0];
  CUE_RE.lastIndex = 0;
  const own = CUE_RE.exec(after);
  if (own && words(after.slice(0, own.index), 6) <= 5) return false;
  if (!p.closed || /[.!?,…—–-]$/.test(text.slice(p.start, p.end))) return true;
  return /^(?:\s*$|\s*\n|[.!?,;:]|\s+[—–-])/.test(text.slice(p.close, p.close + 3));
}

/**
 * "She says Xyz represents the “same rigged system he claims to fight.” She adds, “What kind of ...”",
 * "Xyz said she chose it because “few know about it,” she said. “We have no context ...”": a phrase
 * quoted inside the writer's sentence (lower-case, after a word) and a new quotation that opens with
 * a capital are two quotations when the phrase ends its sentence, or its sentence has a cue before
 * it and the attribution between them ends a sentence. (Not "The summit did “too little,” he added.
 * “Without ...”": one statement interrupted.)
 */
function startsAnew(text: string, last: Piece, p: Piece): boolean {
  if (!/^\p{Ll}/u.test(text.slice(last.start, last.start + 1)) || !/^\p{Lu}/u.test(text.slice(p.start, p.start + 1))) return false;
  if (!/[\p{L}\p{N},]\s+$/u.test(text.slice(Math.max(0, last.open - 3), last.open))) return false;
  if (/[.!?]$/.test(text.slice(last.start, last.end))) return true;
  // the second quotation's attribution is a sentence of its own ("..., she said. “We ...”"), not a
  // participle of the first one's ("..., adding: “He went ...”")
  return /[.!?]["”]?\s/.test(text.slice(last.end, p.open)) && cuesIn(text, sentenceStart(text, last.open, Math.max(0, last.open - 400)), last.open).length > 0;
}

/** "I had to change my answer: “...”": a piece with an attribution before it is not interrupted by the next one's. */
function introduced(text: string, open: number): boolean {
  const lineStart = text.lastIndexOf('\n', open) + 1;
  return /:\s*$/.test(text.slice(lineStart, open));
}

const single = (p: Piece): RawQuote => ({ parts: [p], start: p.start, end: p.end, open: p.open, close: p.close, middle: null, rule: 'quotes/marks' });
/** A title or name in marks right after a word ("his “Keepin' It Real” program", "Marcia “Cia” Price"). */
const isName = (text: string, p: Piece): boolean => /[\p{L}\p{N}]\s$/u.test(text.slice(p.open - 2, p.open)) && isTitle(text.slice(p.start, p.end));

/** Joins pieces into quotations; drops an open piece that neither continues nor starts a paragraph. */
export function joinPieces(text: string, pieces: Piece[]): RawQuote[] {
  const out: RawQuote[] = [];
  const names: RawQuote[] = [];
  let cur: RawQuote | null = null;
  for (const p of pieces) {
    // "said on Fox News’s “Fox and Friends.” “I mean, ...": a name in marks after a word stands aside
    if (cur && p.closed && isName(text, p)) { names.push(single(p)); continue; }
    const last = cur?.parts[cur.parts.length - 1];
    if (cur && last && !last.closed && p.lineStart && text.slice(last.end, p.open).trim() === '') {
      cur.parts.push(p); cur.end = p.end; cur.close = p.close; cur.rule = 'quotes/multi-paragraph';
      continue;
    }
    // ("his “Keepin' It Real” radio program who said ...": a title does not start a quotation)
    if (cur && last && last.closed && !cur.middle && !introduced(text, cur.open) && isInterruption(text.slice(last.close, p.open))
      && (last.lineStart || !isTitle(text.slice(last.start, last.end))) && !startsAnew(text, last, p)
      && onOneLine(text, last, p) && endsSpeech(text, p)) {
      cur.middle = [last.close, p.open];
      cur.parts.push(p); cur.end = p.end; cur.close = p.close; cur.rule = 'quotes/interrupted';
      continue;
    }
    if (cur && last && last.closed && p.closed && !last.lineStart && !/[.!?]$/.test(text.slice(last.start, last.end))
      && isFragmentLink(text, last, p)) {
      cur.parts.push(p); cur.end = p.end; cur.close = p.close; cur.rule = 'quotes/fragments';
      continue;
    }
    if (cur) out.push(cur);
    cur = single(p);
  }
  if (cur) out.push(cur);
  // a name inside the attribution of an interrupted quotation goes with it
  const kept = names.filter((n) => !out.some((q) => q.open < n.open && n.close < q.close));
  if (kept.length) { out.push(...kept); out.sort((a, b) => a.start - b.start); }
  return out.filter((q) => {
    const last = q.parts[q.parts.length - 1];
    return last.closed || (q.parts[0].lineStart && words(text.slice(q.start, q.end), 4) >= 4);
  });
}
