import { loadData } from '../../data.js';
import { trie } from './trie.js';
import { firstAtOrAfter } from '../../text/sorted-index.js';
import { perText } from '../../text/per-text.js';

/**
 * The quote stage's word lists (data/cues.json, hedges.json, source-nouns.json, outlets.json),
 * compiled once at module load into regular expressions and sets. Extraction code reads only this.
 */
interface CueLang { verbs: string[]; learned: string[]; phrases: string[]; participles: string[]; nonSpeech: string[]; via: string[]; naming: string[]; wordNouns: string[]; statementNouns: string[] }
interface CueData { en: CueLang; da: CueLang }
interface SourceLang {
  anonymous: string[]; anonymityMarkers: string[]; definite: string[]; indefinite: string[];
  numbers: Record<string, number>; organizations: string[];
}
interface SourceData {
  en: SourceLang; da: SourceLang; titles: { words: string[] };
  pronouns: { en: Record<string, string>; da: Record<string, string> };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** An alternation that tries longer phrases first, so "told reporters" wins over "told". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}
/** Word boundaries that know Danish letters (JavaScript's \b does not). */
export const wordRe = (alt: string, flags = 'giu'): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, flags);

const cues = loadData<CueData>('cues.json');
const nouns = loadData<SourceData>('source-nouns.json');
const both = <T>(f: (l: CueLang) => T[]): T[] => [...f(cues.en), ...f(cues.da)];

/** Reporting verbs of both languages: "said", "told reporters", "svarede", "skriver" (for case-insensitive expressions). */
export const CUE_VERB = trie(both((l) => [...l.verbs, ...l.participles]), true);
/** "according to", "ifølge", "quoted by": the source follows the phrase (for case-insensitive expressions). */
export const CUE_PHRASE = trie(both((l) => l.phrases), true);
/**
 * Any cue, as one expression with a capture group. ASCII \b and no `u` flag on purpose: four times
 * faster than Unicode look-arounds here, and no cue begins or ends with a non-ASCII letter.
 */
export const CUE_RE = new RegExp(`\\b(${CUE_PHRASE}|${CUE_VERB})\\b`, 'gi');
/** "saying", "adding": the speaker is the clause's subject. */
export const PARTICIPLE = new Set(both((l) => l.participles));
/** Phrases in which a quoted phrase is a name, not speech ("so-called", "dubbed"). */
export const NON_SPEECH_RE = wordRe(trie(both((l) => l.nonSpeech), true), 'iu');
/** Words that put an outlet in a reporting chain right before it ("told", "ifølge", "til"). */
export const VIA_WORDS = trie(both((l) => l.via), true);
/** Cues that give their object a name ('called Xyz a “fraud”', 'described it as'): the name is said of the object only. */
export const NAMING = new Set(both((l) => l.naming).map((s) => s.toLowerCase()));
/** "the phrase", "the slogan", "ordet" right before a quotation: the quoted words are spoken of as words. */
export const WORD_NOUN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${trie(both((l) => l.wordNouns), true)})\\s*[,:]?\\s*$`, 'iu');
/**
 * "Xyz's claim that", "the minister's warning that", "his prediction that": a possessor (group 1, a
 * name; group 2, a possessive pronoun) owns a statement (group 3) reported after "that".
 */
export const OWNED_STATEMENT = new RegExp(`(?:(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})['’]s?|(?<![\\p{L}])([Hh]is|[Hh]er|[Ii]ts|[Tt]heir))\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${trie(both((l) => l.statementNouns))})\\s+(?:that|at)(?![\\p{L}])`, 'gu');
/** Phrases that name the source after them. */
export const PHRASE_SET = new Set(both((l) => l.phrases).map((s) => s.toLowerCase()));

const src = (f: (l: SourceLang) => string[]): string[] => [...f(nouns.en), ...f(nouns.da)];
/** Head nouns of unnamed sources: "official", "sources", "kilder". */
const sourceNouns = new Set(src((l) => l.anonymous));
// Danish compounds end in their head: "kongehusekspert", "partikilde", "regeringsrådgiver" are an expert,
// a source, an adviser (heads that are also titles, "minister", "direktør", stay whole words)
const COMPOUND_HEADS = ['kilde', 'kilder', 'ekspert', 'eksperter', 'iagttager', 'iagttagere', 'analytiker', 'analytikere', 'økonom', 'økonomer', 'rådgiver', 'rådgivere', 'medarbejder', 'medarbejdere', 'insider', 'insidere'];
/** Nouns for sources a text may leave unnamed ("official", "kilder", "kongehusekspert"); lower-case words. */
export const SOURCE_NOUNS = {
  has: (word: string): boolean => sourceNouns.has(word) || (word.length > 7 && COMPOUND_HEADS.some((h) => word.length - h.length >= 3 && word.endsWith(h))),
};
/** What marks a source as anonymous ("on condition of anonymity", "anonyme"). */
export const ANONYMITY_RE = wordRe(trie(src((l) => l.anonymityMarkers).filter((w) => w.length > 3), true), 'iu');
export const DEFINITE = new Set(src((l) => l.definite));
export const INDEFINITE = new Set(src((l) => l.indefinite));
export const NUMBERS: Record<string, number> = { ...nouns.en.numbers, ...nouns.da.numbers };
/** Organisation heads ("the White House", "the campaign", "regeringen"). */
export const ORG_RE = wordRe(trie(src((l) => l.organizations)), 'u');
export const TITLES = new Set(nouns.titles.words);
/** Letters after a name for an office or honour ("Xyz Abc QC", "the Salford MP"). */
export const POST_NOMINALS = new Set(loadData<{ postNominals: string[] }>('honorifics.json').postNominals);
/** Read with Object.hasOwn: a word such as "constructor" must not find Object.prototype's. */
export const PRONOUNS: Record<string, string> = { ...nouns.pronouns.en, ...nouns.pronouns.da };

/** "the newspaper said", "ifølge mediet": a definite media noun points back at the last outlet named. */
export const MEDIA_BACK = /^(?:(?:the|this)\s+(?:newspaper|paper|daily|agency|news agency|outlet|broadcaster|magazine)|mediet|avisen|dagbladet|bureauet|nyhedsbureauet|tv-stationen|netavisen)$/iu;

export interface CueMatch { start: number; end: number; cue: string }
// Cues of the whole text, found once per document and read by range (claims and sources ask per sentence).
const cuesOf = perText((text) => {
  const list: CueMatch[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m; m = CUE_RE.exec(text)) list.push({ start: m.index, end: m.index + m[1].length, cue: m[1] });
  return list;
});

/** The cues lying in text[from, to), in order. */
export function cuesIn(text: string, from: number, to: number): CueMatch[] {
  const cueList = cuesOf(text);
  const lo = lowerBound(cueList, from);
  // most sentences have no cue: no array for them
  if (lo >= cueList.length || cueList[lo].end > to) return NONE;
  const out: CueMatch[] = [];
  for (let i = lo; i < cueList.length && cueList[i].end <= to; i++) out.push(cueList[i]);
  return out;
}
const NONE: CueMatch[] = [];

/** The index of the first cue starting at or after `from`. */
function lowerBound(cueList: CueMatch[], from: number): number {
  return firstAtOrAfter(cueList, (c) => c.start, from);
}

const ASCII_WORD = /\w/;
/**
 * The cues in the window text[from, to), as CUE_RE run over that slice finds them, read from the
 * whole text's cues. Where the window's edges could read differently in a slice (a cue across an
 * edge, a word cut at an edge: \b sees the slice's end as a boundary), the slice is scanned.
 */
export function cuesInWindow(text: string, from: number, to: number): CueMatch[] {
  const inside = cuesIn(text, from, to);
  const cut = (from > 0 && ASCII_WORD.test(text[from - 1])) || (to < text.length && ASCII_WORD.test(text[to]));
  const cueList = cuesOf(text);
  const at = lowerBound(cueList, from);
  const across = (at > 0 && cueList[at - 1].end > from) || (at + inside.length < cueList.length && cueList[at + inside.length].start < to);
  if (!cut && !across) return inside;
  const out: CueMatch[] = [];
  const win = text.slice(from, to);
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(win); m; m = CUE_RE.exec(win)) out.push({ start: from + m.index, end: from + m.index + m[1].length, cue: m[1] });
  return out;
}
