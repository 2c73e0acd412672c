import { isAbbreviation as isKnownAbbreviation } from '../../text/sentences.js';
import { CUE_RE, MEDIA_BACK, PRONOUNS } from './lexicon.js';
import { isNotName } from './not-names.js';

/**
 * Cuts the words naming a speaker out of the text around a cue: forward after an inverted cue
 * ("said Sen. Xyz Abc, a Republican") and backward before a cue ("the source told Sputnik").
 * Cheap token walking, no tagger: speaker phrases are short noun phrases.
 */

/** "Mr", "Sen", "U.S": a word that ends in a full stop without ending the sentence. */
export const isAbbreviation = (word: string): boolean => isKnownAbbreviation(word) || /\.\p{L}$/u.test(word);

// Words that end a forward speaker phrase: "said Xyz at a meeting", "svarede han ifølge VG".
const STOP_AFTER = new Set(['in', 'on', 'at', 'during', 'when', 'while', 'after', 'before', 'who', 'which', 'that', 'as', 'and',
  'but', 'because', 'since', 'via', 'told', 'to', 'said', 'says', 'added', 'ifølge', 'til', 'i', 'på', 'under', 'efter', 'da', 'som',
  'om', 'over', 'og', 'men', 'at', 'for', 'med', 'fra', 'onsdag', 'mandag', 'tirsdag', 'torsdag', 'fredag', 'lørdag', 'søndag',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'last', 'this', 'recently', 'earlier', 'later',
  // Danish adverbs of time after an inverted subject ("sagde Xyz dengang", "siger hun også")
  'dengang', 'senere', 'tidligere', 'efterfølgende', 'bagefter', 'også', 'igen', 'nu', 'dog', 'i går', 'samtidig',
  // "Ifølge Xyz er forslaget ...": in a Danish verb-second clause the finite verb follows the fronted source
  'er', 'var', 'har', 'havde', 'vil', 'ville', 'skal', 'skulle', 'kan', 'kunne', 'bliver', 'blev', 'må', 'bør']);
// "a spokesman for the campaign", "a source close to the talks": prepositions that stay inside.
const KEEP_AFTER: Record<string, string[]> = { for: ['spokesman', 'spokeswoman', 'spokesperson', 'director', 'manager', 'chairman', 'adviser', 'advisor', 'official', 'officials', 'talsmand', 'ekspert'], to: ['close'], with: ['familiar'], of: ['*'], with_: [] };
// Words that open a backward phrase boundary: "..., and the source said" -> "the source".
const STOP_BEFORE = new Set(['that', 'and', 'but', 'because', 'while', 'if', 'when', 'as', 'so', 'although', 'though', 'whereas', 'selvom', 'skønt', 'og', 'men', 'at', 'mens', 'da', 'hvis', 'fordi', 'than', 'where', 'what']);
// Trailing words between a subject and its cue: "Xyz has also said", "Xyz har tidligere sagt".
const AUX = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'would', 'will', 'previously', 'recently', 'once', 'again', 'repeatedly', 'publicly',
  'privately', 'reportedly', 'further', 'earlier', 'often', 'always', 'never', 'still', 'already', 'herself', 'himself', 'told', 'har', 'også', 'tidligere',
  'senere', 'flere', 'gange', 'is', 'was', 'were', 'are', 'did', 'does', 'do', 'not', "didn't", "hasn't", 'first', 'simply', 'just', 'quickly', 'bluntly', 'flatly', 'angrily', 'candidly',
  'firmly', 'strongly', 'openly', 'quietly', 'clearly', 'frankly', 'proudly', 'calmly', 'categorically', 'confidently', 'loudly']);
// "a comment that egregiously described": a manner adverb in -ly before the cue is no part of the subject
// (nouns in -ly that head a subject are not adverbs: "the family said", "a close ally", "the weekly reported")
const NOT_ADVERB = new Set(['family', 'assembly', 'ally', 'elderly', 'daily', 'weekly', 'monthly', 'quarterly', 'monopoly', 'reply', 'supply', 'rally', 'anomaly', 'bully', 'only']);
const isAdverb = (w: string): boolean => /^\p{Ll}{2,}ly$/u.test(w) && !NOT_ADVERB.has(w);
/** The end of the subject in tokens before a cue: less auxiliaries, adverbs and commas ("Xyz has also said"). */
function subjectEnd(toks: Tok[]): number {
  let end = toks.length;
  while (end > 0 && (AUX.has(toks[end - 1].t.toLowerCase()) || isAdverb(toks[end - 1].t) || toks[end - 1].t === ',')) end--;
  return end;
}
const SUBJECT_PRONOUN = new Set(['he', 'she', 'they', 'we', 'han', 'hun', 'vi', 'jeg']);
// Prepositions that open an adverbial phrase between commas ("Xyz, in an interview, said").
const ADVERBIAL = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'from', 'with', 'without', 'under', 'like', 'unlike', 'for', 'since', 'through', 'while', 'when']);
// A segment that is an apposition or relative clause, not the subject: "Xyz, who was granted anonymity, said".
const NOT_SUBJECT = /^(?:who|which|whose|speaking|som|der|\d+|[ivx]+|[A-Z]-[A-Za-z.]+|jr\.?|sr\.?)\b/iu;

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.’'&-]*|[^\s]/gu;
interface Tok { s: number; e: number; t: string }
function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let t = m[0]; let e = m.index + t.length;
    // "Abc." ends a sentence, but "Sen.", "J." and "R-Ky." do not
    if (t.endsWith('.') && t.length > 1 && !isKnownAbbreviation(t.slice(0, -1)) && !/^\p{Lu}\.$|\.\p{L}|^\p{Lu}-\p{L}+\.$/u.test(t)) { t = t.slice(0, -1); e--; out.push({ s: m.index, e, t }); out.push({ s: e, e: e + 1, t: '.' }); continue; }
    if (e > to) e = to;
    out.push({ s: m.index, e, t });
  }
  return out;
}
const isWord = (t: string): boolean => /^[\p{L}\p{N}]/u.test(t);

/** The speaker phrase that starts at `from`, or null. */
export function phraseAfter(text: string, from: number, to: number): [number, number] | null {
  const toks = tokens(text, from, to);
  // "ifølge mediet blive taget ...", "said he on Monday": a pronoun or media back-reference is the whole phrase
  // ("svarede han lidt usikkert": a subject pronoun takes no words after it; "den", "her" may open a noun phrase)
  const alone = !toks[1] || !isWord(toks[1].t) || STOP_AFTER.has(toks[1].t.toLowerCase()) || SUBJECT_PRONOUN.has(toks[0].t.toLowerCase());
  if (toks[0] && ((toks[0].t.toLowerCase() in PRONOUNS && alone) || MEDIA_BACK.test(toks[0].t))) return [toks[0].s, toks[0].e];
  if (toks[1] && MEDIA_BACK.test(`${toks[0].t} ${toks[1].t}`)) return [toks[0].s, toks[1].e];
  let last = -1;
  for (let i = 0; i < toks.length && i < 12; i++) {
    const w = toks[i].t; const lw = w.toLowerCase();
    if (!isWord(w)) { if (w === '(' ) break; if (w !== '-' || i === 0) break; continue; }
    if (i > 0 && STOP_AFTER.has(lw)) {
      const keep = KEEP_AFTER[lw];
      if (!keep || !(keep.includes('*') || keep.includes(toks[i - 1].t.toLowerCase()))) break;
    }
    last = i;
  }
  if (last < 0) return null;
  return [toks[0].s, toks[last].e];
}

/**
 * The subject phrase that ends at `to` (just before a cue), or null. "But on Friday he said", "cash he
 * says which": a subject pronoun right before the cue is the whole subject, unless the phrase holds
 * a cue of its own ("Xyz said he thought ...": the earlier cue attributes the clause).
 */
export function phraseBefore(text: string, from: number, to: number): [number, number] | null {
  const phrase = walkBack(text, from, to);
  if (!phrase) return phrase;
  const toks = tokens(text, phrase[0], to);
  let end = subjectEnd(toks);
  if (end < 2 || toks[end - 1].e !== phrase[1] || !SUBJECT_PRONOUN.has(toks[end - 1].t.toLowerCase()) || !isWord(toks[end - 2].t)) return phrase;
  CUE_RE.lastIndex = 0;
  return CUE_RE.test(text.slice(phrase[0], phrase[1])) ? phrase : [toks[end - 1].s, toks[end - 1].e];
}

function walkBack(text: string, from: number, to: number): [number, number] | null {
  const toks = tokens(text, from, to);
  const end = subjectEnd(toks);
  // "Xyz, who served as prime minister, has consistently said", "Xyz, a former pupil and joint leader of the
  // club, said", "Xyz, Tory leader in the Lords, said": a relative clause, or an apposition after a bare name,
  // that a comma closes climbs back to the subject, whatever words it holds
  const open = closingComma(toks, end);
  if (open >= 1) {
    const prev = phraseBefore(text, from, toks[open].s);
    // (not "Argentina's President, Xyz Abc, said": a name between the commas is the subject)
    const named = isBareName(text.slice(toks[open + 1].s, toks[end - 1].e));
    if (prev && (RELATIVE.test(toks[open + 1].t) || (!named && isBareName(text.slice(prev[0], prev[1]))))) return prev;
  }
  let i = end - 1;
  for (; i >= 0 && end - i <= 30; i--) {
    const w = toks[i].t;
    // "Rep. Xyz (D-Wis.) said": step over a parenthesis
    if (w === ')') { while (i > 0 && toks[i].t !== '(') i--; continue; }
    if (!isWord(w) || STOP_BEFORE.has(w.toLowerCase())) break;
  }
  const start = i + 1;
  // "Xyz, at a later press briefing, said": a phrase set off by commas that opens with a preposition is
  // an adverbial; the subject stands before it
  // (a comma must close it too: in "Xyz told Abc, after he admitted" the phrase holds the cue's own subject)
  const closed = toks.slice(end).some((t) => t.t === ',');
  const comma = !closed ? -1 : i >= 1 && toks[i - 1].t === ',' && ADVERBIAL.has(toks[i].t.toLowerCase()) ? i - 1
    : i >= 1 && toks[i].t === ',' && start < end && ADVERBIAL.has(toks[start].t.toLowerCase()) ? i : -1;
  if (comma >= 0) { const prev = phraseBefore(text, from, toks[comma].s); if (prev) return prev; }
  if (start >= end) return null;
  // "Two officials, who were granted anonymity, said" / "Xyz Abc, a spokeswoman for the campaign, one of ..., said":
  // a relative clause or apposition after a comma climbs back to the subject; an apposition only to a bare name
  // (not "When asked about Xyz, the source said")
  if (i >= 1 && toks[i].t === ',') {
    const first = toks[start].t;
    const relative = NOT_SUBJECT.test(first);
    if (relative || /^\p{Ll}/u.test(first)) {
      const prev = phraseBefore(text, from, toks[i].s);
      if (prev && (relative || isBareName(text.slice(prev[0], prev[1])))) return prev;
    }
  }
  return [toks[start].s, toks[end - 1].e];
}

/** The comma opening a phrase that a comma after toks[end - 1] closes ("Xyz, who ..., said"), or -1. */
function closingComma(toks: Tok[], end: number): number {
  if (end < 1 || !toks.slice(end).some((t) => t.t === ',')) return -1;
  let c = end - 1;
  while (c >= 0 && toks[c].t !== ',' && end - c <= 30) c--;
  return c >= 0 && toks[c].t === ',' && c + 1 < end ? c : -1;
}
const RELATIVE = /^(?:who|which|whose|som|der)$/iu;

/** "Xyz Abc", "Rep. Xyz Abc (D-Wis.)": only capitalised words, at most five (not "However" opening the sentence). */
function isBareName(s: string): boolean {
  const w = s.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/);
  return w.length <= 5 && w.every((x) => /^\p{Lu}/u.test(x)) && !(w.length === 1 && isNotName(w[0], true, true));
}
