import { tagsOf } from '../../text/compromise-lexicon.js';
import { loadData } from '../../data.js';
import { trie } from './trie.js';
import { matches } from './matches.js';
import { firstAtOrAfter } from '../../text/sorted-index.js';
import { perText } from '../../text/per-text.js';

/**
 * News outlets: known names and aliases from data/outlets.json ("Reuters", "VG", "the Post"),
 * plus any capitalised name that a media noun introduces or follows ("det norske medie Xyz",
 * "Xyz news agency"), so unseen outlets are found too.
 */
interface OutletData { outlets: string[][]; mediaNouns: { en: string[]; da: string[] } }
export interface OutletMention { start: number; end: number; name: string; rule: string }

const data = loadData<OutletData>('outlets.json');
const canonical = new Map<string, string>();
for (const [name, ...aliases] of data.outlets) for (const a of [name, ...aliases]) canonical.set(a, name);
const NAME = '[\\p{Lu}][\\p{L}\\p{N}.&’\'-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{N}.&’\'-]*){0,3}';
const MEDIA = trie([...data.mediaNouns.en, ...data.mediaNouns.da]);
// Known aliases, case-sensitive: "AP" is an outlet, "ap" is not.
// Aliases by their first word, longest first: where the alias scan stops, the token's own aliases are tried in order.
const byFirstWord = new Map<string, string[]>();
for (const alias of [...canonical.keys()].sort((a, b) => b.length - a.length)) {
  const first = alias.split(' ')[0];
  (byFirstWord.get(first) ?? byFirstWord.set(first, []).get(first)!).push(alias);
}
// Tokens as a word-by-word walk gives them: a letter or digit, then letters, digits and . & ’ ' / -.
const TOKEN_AT = /[\p{L}\p{N}][\p{L}\p{N}.&’'/-]*/uy;
const TRAILING = /[.’'-]$/;
const CONTINUES = /[.&’'/-]/;
// Every alias as one case-sensitive trie: a scan finds the few places where an alias is written,
// and only there is the token looked up (a walk over every word costs more than the rest of the stage).
const ALIAS = new RegExp(trie(canonical.keys()), 'gu');
// "the Norwegian newspaper VG", "det norske medie VG", "avisen Politiken": the noun, then a name after it
const MEDIA_NOUN = new RegExp(`(?:${MEDIA})\\s+(?=[A-ZÆØÅÄÖÜ])`, 'g');
const NAME_AT = new RegExp(NAME, 'uy');
// "Reuters news agency", "Sputnik news agency": the noun, then a name before it
// (the words are found first and the white space before them after: a scan that opens on \s+ tries every space)
const AGENCY = /(?:news agency|nyhedsbureau)\b/g;
const SPACE = /\s/;
const NAME_BEFORE = new RegExp(`(${NAME})$`, 'u');
const LETTER = /[\p{L}\p{N}]/u;
const isolated = (text: string, s: number, e: number): boolean => !LETTER.test(text[s - 1] ?? ' ') && !LETTER.test(text[e] ?? ' ');

/** The canonical name of an outlet alias, or null. */
export function outletName(alias: string): string | null {
  return canonical.get(alias.replace(/\s+/g, ' ')) ?? canonical.get(alias.replace(/^(?:the|The)\s+/, '')) ?? null;
}

// The whole text is scanned once and ranges are read from that (the stage asks many times per document).
const outletsOf = perText(scanOutlets);

/** Outlet mentions lying inside text[from, to). */
export function findOutlets(text: string, from: number, to: number): OutletMention[] {
  const cached = outletsOf(text);
  const lo = firstAtOrAfter(cached, (m) => m.start, from);
  const out: OutletMention[] = [];
  for (let i = lo; i < cached.length && cached[i].start < to; i++) if (cached[i].end <= to) out.push(cached[i]);
  return out;
}

/** Does a token start at `i` (no letter or digit before it in the same run of word characters)? */
function tokenStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && CONTINUES.test(text[j])) j--;
  if (j < 0) return true;
  // an astral letter is two units: test its whole code point
  const at = j > 0 && /[\uDC00-\uDFFF]/.test(text[j]) ? j - 1 : j;
  return !LETTER.test(String.fromCodePoint(text.codePointAt(at)!));
}

// "Economist Sharon Zollner of ANZ said": an outlet's one-word name that is also an occupation
// (compromise's lexicon tags it Actor), right before a capitalised name, is that person's job
const NAME_NEXT = /^\s+\p{Lu}\p{Ll}+(?:[-\s]\p{Lu}\p{Ll}+)+/u;
function occupationBeforeName(text: string, alias: string, end: number): boolean {
  return !/\s/.test(alias) && tagsOf(alias.toLowerCase()).includes('Actor') && NAME_NEXT.test(text.slice(end, end + 40));
}

/** The longest known alias that starts the token at `s`, as a mention. */
function aliasAt(text: string, s: number): OutletMention | null {
  if (!tokenStart(text, s)) return null;
  TOKEN_AT.lastIndex = s;
  const w = TOKEN_AT.exec(text)![0];
  const first = TRAILING.test(w) ? w.replace(/[.’'-]+$/, '') : w;
  for (const alias of byFirstWord.get(first) ?? byFirstWord.get(w) ?? []) {
    const e = s + alias.length;
    if (text.startsWith(alias, s) && isolated(text, s, e) && !occupationBeforeName(text, alias, e)) return { start: s, end: e, name: canonical.get(alias)!, rule: 'quotes/outlet-known' };
  }
  return null;
}

/** Known aliases in the text, by start. */
function knownAliases(text: string): OutletMention[] {
  const out: OutletMention[] = [];
  ALIAS.lastIndex = 0;
  for (let m = ALIAS.exec(text); m; m = ALIAS.exec(text)) {
    const found = aliasAt(text, m.index);
    if (found) out.push(found);
    // one step at a time, so no alias hides inside another ("The Times" in "The Times of India")
    ALIAS.lastIndex = m.index + 1;
  }
  return out;
}

/** Outlet mentions in the text, longest first where they overlap. */
function scanOutlets(text: string): OutletMention[] {
  const found: OutletMention[] = knownAliases(text);
  for (const m of matches(MEDIA_NOUN, text)) {
    if (LETTER.test(text[m.index - 1] ?? ' ')) continue;
    NAME_AT.lastIndex = m.index + m[0].length;
    const n = NAME_AT.exec(text);
    const name = n ? trimName(n[0]) : '';
    if (name) found.push({ start: n!.index, end: n!.index + name.length, name: outletName(name) ?? name, rule: 'quotes/outlet-media-noun' });
  }
  for (const a of matches(AGENCY, text)) {
    let at = a.index;
    while (at > 0 && SPACE.test(text[at - 1])) at--;
    if (at === a.index) continue;
    const m = { index: at };
    const n = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (!n) continue;
    const s = m.index - n[1].length;
    const name = trimName(n[1]);
    if (name && /\p{Lu}/u.test(name[0])) found.push({ start: s, end: s + name.length, name: outletName(name) ?? name, rule: 'quotes/outlet-news-agency' });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // sorted by start, longest first: a mention inside the one kept before it is dropped
  const out: OutletMention[] = [];
  for (const f of found) { const last = out[out.length - 1]; if (!last || f.start >= last.end) out.push(f); }
  return out;
}

// "VG på" / "Politiken Tuesday": keep the name, drop words that are not part of it.
function trimName(s: string): string {
  const words = s.split(/\s+/);
  while (words.length > 1 && !outletName(words.join(' ')) && /^(?:On|In|At|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag)$/.test(words[words.length - 1])) words.pop();
  return words.join(' ').replace(/[.’'-]+$/, '');
}
