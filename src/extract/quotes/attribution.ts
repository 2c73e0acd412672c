import { cuesInWindow, OWNED_STATEMENT, PARTICIPLE, PHRASE_SET, type CueMatch } from './lexicon.js';
import { breaks, sentenceStart } from './breaks.js';
import { phraseAfter, phraseBefore } from './phrase.js';
import { firstMention } from './subject.js';
import { countWords as words } from './words.js';
import { isTitle } from './pieces.js';

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
  // a name in quotation marks ("Marcia “Cia” Price", "on “Fox and Friends”") does not end the attribution
  MARK.lastIndex = from;
  for (let m = MARK.exec(text); m && m.index < end; m = MARK.exec(text)) {
    const name = /^["“]([^"“”\n]{1,60})["”]/u.exec(text.slice(m.index, end));
    if (!name || !isTitle(name[1]) || !/[\p{L}\p{N}]\s$/u.test(text.slice(m.index - 2, m.index))) return m.index;
    MARK.lastIndex = m.index + name[0].length;
  }
  return end;
}
const MARK = /[“"«»„]/g;

// "dismissed those reports as ...", "Xyz's claims": after an article or a possessive a cue word is a noun
const NOUN_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|these|those|his|her|their|its|our|my|your|this)\s+$/iu;
/** "Xyz's claims", but not "he's claiming" (a pronoun's 's is "is" or "has"). */
export const POSSESSIVE = /(?<![\p{L}])(?!(?:he|she|it|that|there|who|what|here|where|let)['’])\p{L}+['’]s\s+$/iu;
// ("Foster's said": "said", "says" and "told" are never nouns, so a name ending in 's comes before them)
function isVerb(text: string, c: CueMatch): boolean {
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  if (NOUN_BEFORE.test(before) || (POSSESSIVE.test(before) && !NEVER_NOUN.test(c.cue))) return false;
  return !(PLURAL.test(c.cue) && !NEVER_NOUN.test(c.cue) && OF_NOUN.test(before));
}
// "rated 32% of Republican claims as “false”": after "of" and one word a cue word in -s is a plural noun
// (not "one of them claims", "footage of Xyz saying", "the mother of three replied")
const OF_NOUN = /(?:^|[^\p{L}])of\s+(?!(?:them|us|you|those|these|which|whom|whose)\s)\p{L}+\s+$/iu;
const PLURAL = /s$/i;
export const NEVER_NOUN = /^(?:said|says|told|sagde|siger)$/i;

/** "...," the source said / "...," said Xyz / ", svarede han ifølge VG" / "..., according to Xyz". */
export function cueAfter(text: string, close: number, to = windowEnd(text, close)): Attribution | null {
  const m = cuesInWindow(text, close, to).find((c) => isVerb(text, c));
  if (!m || m.start - close > 120) return null;
  const pre = text.slice(close, m.start);
  const lead = pre.length - pre.replace(/^[\s,;:—–-]+/, '').length;
  const subject = pre.slice(lead);
  // a subject with appositions may be long: "Xyz Abc, the attorney general of Oklahoma, one of the states suing, said"
  const most = subject.includes(',') ? 25 : 10;
  if (breaks(pre).length || words(subject, most + 1) > most) return null;
  const cue: [number, number] = [m.start, m.end];
  if (!subject.trim() || PHRASE_SET.has(m.cue.toLowerCase())) {
    return { cue, speaker: phraseAfter(text, cue[1], to), rule: 'quotes/cue-after-inverted' };
  }
  const speaker = subjectBefore(text, close + lead, cue[0]) ?? sharedSubject(text, cue[0]);
  // "“... for the budget.” If admitted, Xyz would ...": after a quotation that ended its sentence, a cue word
  // with no subject before it belongs to the next sentence
  if (!speaker && ENDS_SENTENCE.test(text.slice(Math.max(0, close - 3), close))) return null;
  return { cue, speaker, rule: 'quotes/cue-after' };
}
const ENDS_SENTENCE = /[.!?]["”»«’]?$/u;

// "Reuters quoted the minister as saying", "the agency quoted Xyz as saying that": the one quoted speaks
// ("Xyz was quoted by The Australian as saying": the subject, before "was quoted")
const QUOTED_AS = /(?<![\p{L}])quoted\s+([^,.;:"“”]{2,80}?)\s+as\s+$/u;
function quotedAs(text: string, from: number, cue0: number): [number, number] | null {
  const m = QUOTED_AS.exec(text.slice(Math.max(from, cue0 - 100), cue0));
  if (!m) return null;
  const at = cue0 - m[0].length;
  if (/^by\s/iu.test(m[1])) return at > from ? phraseBefore(text, from, at) : null;
  const end = at + m[0].indexOf(m[1]) + m[1].length;
  return phraseBefore(text, end - m[1].length, end);
}

// "Xyz went on to say", "Xyz declined to say", "going on to say": a verb and "to" before the cue
const TO_VERB = /(?:^|\s)(\p{Ll}+)(?:\s+on)?\s+to\s*$/u;
/** The subject phrase before cue `cue0`: before a verb + "to" ("Xyz went on to say"), the verb's subject. */
function subjectBefore(text: string, from: number, cue0: number): [number, number] | null {
  const quoted = quotedAs(text, from, cue0);
  if (quoted) return quoted;
  const m = TO_VERB.exec(text.slice(from, cue0));
  if (!m) return phraseBefore(text, from, cue0);
  const verb = from + m.index + m[0].length - m[0].trimStart().length;
  // "..., Xyz said, going on to say that": an -ing verb's subject is the clause's
  return /ing$/.test(m[1]) ? firstMention(text, from, verb) : phraseBefore(text, from, verb);
}

// "Xyz stressed her record and said ...", "... og sagde": a cue after a coordinator shares its clause's subject
const COORDINATED = /(?:^|[\s,])(?:and|but|og|men)(?:\s+(?:also|then|later|again|has|had|would|will|også|så))*\s*$/iu;
// a cue right after a comma (and a closing mark) comes before its subject: ", siger hun", ",” said Xyz"
const INVERTED_BEFORE = /[,;:]["”»«’]?\s+$/u;
// (a plain reporting verb, whose subject is a speaker: not "X, her opponent, bemoaned the unrest and said")
const SAYS = /^(?:said|says|told|added|sagde|siger|svarede|svarer|fortæller|fortalte|skriver|skrev|tilføjer|tilføjede|forklarer|forklarede|mener|mente)$/iu;
function sharedSubject(text: string, cue0: number): [number, number] | null {
  const start = sentenceStart(text, cue0, Math.max(0, cue0 - 600));
  const m = COORDINATED.exec(text.slice(start, cue0));
  if (!m) return null;
  const and = start + m.index;
  // "..., siger hun og tilføjer:", "..., said Xyz, and added": an inverted cue before the coordinator names the subject after it
  const prev = cuesInWindow(text, start, and).filter((c) => isVerb(text, c)).pop();
  if (prev && SAYS.test(prev.cue) && words(text.slice(prev.end, and), 6) <= 5 && INVERTED_BEFORE.test(text.slice(Math.max(0, prev.start - 4), prev.start))
    && !/^\s*(?:the|a|an|den|det|en|et)\s/iu.test(text.slice(prev.end, and))) {
    const after = phraseAfter(text, prev.end, and);
    if (after) return after;
  }
  return firstMention(text, start, and);
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
  const found = cuesInWindow(text, from, open).filter((c) => isVerb(text, c));
  return found.length ? attributeTo(text, from, open, found, found.length - 1) : null;
}

// "while stressing", "and claiming", "kept saying": words after which a participle is the subject's own verb
const VERBAL_BEFORE = /(?:^|[^\p{L}])(?:while|when|after|before|by|without|since|and|or|but|then|also|even|again|not|is|was|are|were|be|been|kept|keeps|started|began|continued|went|go|goes|stop|stopped|mens|og|eller|men)\s+$/iu;
/**
 * "She says Xyz's tweets accusing Abc of fraud are “lies”": a participle right after a noun, with no
 * comma, modifies that noun, so the "says" before it holds the clause and its subject speaks (not
 * "Xyz said ..., while stressing “...”", nor "Following a swiftly called meeting, the council issued
 * a statement calling ...", where the earlier cue word is no finite "said", nor "After Xyz said ...,
 * Abc issued a statement calling ...", where a comma closes the clause of the "said").
 */
function saidBefore(text: string, found: CueMatch[], k: number): number {
  const before = text.slice(Math.max(0, found[k].start - 24), found[k].start);
  if (!/[\p{L}\p{N}]\s+$/u.test(before) || VERBAL_BEFORE.test(before)) return -1;
  for (let j = k - 1; j >= 0; j--) if (NEVER_NOUN.test(found[j].cue)) return /[,;:]/.test(text.slice(found[j].end, found[k].start)) ? -1 : j;
  return -1;
}

/** The end of an opening phrase that starts at `from`: just after the first comma on the line (or -1). */
function openerEnd(text: string, from: number): number {
  const m = /^[^\n,]{0,200},/u.exec(text.slice(from, from + 201));
  return m ? from + m[0].length : -1;
}
/** The end of the line holding `from`, at most `most` characters on. */
function lineEnd(text: string, from: number, most: number): number {
  const nl = text.indexOf('\n', from);
  return Math.min(nl < 0 ? text.length : nl, from + most);
}

/** The attribution by cue `found[k]` of a quotation opening at `open` in the sentence from `from`. */
function attributeTo(text: string, from: number, open: number, found: CueMatch[], k: number): Attribution | null {
  const m = found[k];
  const cue: [number, number] = [m.start, m.end];
  const c = m.cue.toLowerCase();
  if (PHRASE_SET.has(c)) return { cue, speaker: phraseAfter(text, cue[1], open), rule: 'quotes/according-to' };
  const said = PARTICIPLE.has(c) ? saidBefore(text, found, k) : -1;
  if (said >= 0) return attributeTo(text, from, open, found, said);
  const quoted = PARTICIPLE.has(c) ? quotedAs(text, from, cue[0]) : null;
  if (quoted) return { cue, speaker: quoted, rule: 'quotes/quoted-as' };
  // "Bemoaning the “phony system,” Xyz accused ...": a participle opening the sentence has the main clause's
  // subject; it attributes only what its own phrase holds (not "Admitting defeat, Xyz left the “green room”")
  if (PARTICIPLE.has(c) && !text.slice(sentenceStart(text, cue[0], Math.max(0, cue[0] - 600)), cue[0]).trim()) {
    const end = openerEnd(text, cue[1]);
    return end > open ? { cue, speaker: firstMention(text, end, lineEnd(text, end, 120)), rule: 'quotes/participle' } : null;
  }
  // "the source called Xyz a “strong” contender ..., saying that “...”": the subject opens the sentence
  if (PARTICIPLE.has(c)) return { cue, speaker: firstMention(text, sentenceStart(text, cue[0], Math.max(0, cue[0] - 600)), cue[0]), rule: 'quotes/participle' };
  // "Said Xyz: “...”": nothing before the cue, the speaker follows it
  if (!text.slice(from, cue[0]).trim()) return { cue, speaker: phraseAfter(text, cue[1], open), rule: 'quotes/cue-before-inverted' };
  const speaker = subjectBefore(text, from, cue[0]) ?? sharedSubject(text, cue[0]);
  // "Xyz said he thought that ... “...”": the phrase holds an earlier cue, which attributes the clause
  if (speaker && k > 0 && found[k - 1].start >= speaker[0]) return attributeTo(text, from, open, found, k - 1);
  return { cue, speaker, rule: 'quotes/cue-before' };
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

/** "The agency checked Xyz's claim that there were “thousands of complaints”": the owner of a statement noun speaks. */
export function ownedBefore(text: string, open: number, floor: number): Attribution | null {
  const from = sentenceStart(text, open, floor);
  let last: RegExpExecArray | null = null;
  OWNED_STATEMENT.lastIndex = 0;
  const lead = text.slice(from, open);
  for (let m = OWNED_STATEMENT.exec(lead); m; m = OWNED_STATEMENT.exec(lead)) last = m;
  if (!last) return null;
  const owner = from + last.index;
  const noun = from + last.index + last[0].lastIndexOf(last[3], last[0].length - 4);
  return { cue: [noun, noun + last[3].length], speaker: [owner, owner + (last[1] ?? last[2]).length], rule: 'quotes/owned-statement' };
}
