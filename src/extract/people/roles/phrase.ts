import { countryOf, DESCRIPTORS, isMonth, PLACE_ORG_FIRST, QUALIFIERS as QUALIFIER_MAP, TITLE_FIRST, TITLE_HEADS, MAX_TITLE_WORDS, ORG, ORG_GENERIC, QUALIFIERS, TITLE_ABBREVIATIONS, TITLES } from '../lexicon.js';
import type { Token } from '../tokens.js';

/** What a role phrase says: "former Italian Prime Minister", "USA's præsident", "Ambassador to NATO". */
export interface RoleParts {
  title: string;
  org: string | null;
  country: string | null;
  qualifiers: string[];
  former: boolean;
  /** UTF-16 span of the whole phrase. */
  start: number;
  end: number;
}

// Words a role phrase may contain besides titles, places and organisations.
const FILLER = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'of', 'to', 'for', 'at', 'in', 'and', '-', 'den', 'det', 'de', 'en', 'et', 'i', 'for', 'til', 'hos', 'ved', 'sin', 'sit', 'sine']);
// Titles whose "to X" belongs to the title ("Ambassador to NATO").
const TO_TITLES = /\b(ambassador|envoy|representative|delegate|ambassadør)$/i;
const GENITIVE_S = /^(.{2,}?)s$/u;

const lower = (t: Token): string => t.low;

/** The longest title starting at i: [end index (exclusive), canonical lower-case] or null. */
export const DA_COMPOUND = /^\p{Ll}[\p{Ll}-]{2,}(minister|direktør|sekretær|formand|chef|kommissær|ordfører|mester|inspektør|præsident)$/u;

// The people, linking and role passes ask about the same tokens: each answer is kept per sentence.
const TITLE_ENDS = new WeakMap<Token[], number[]>();
const UNKNOWN = -2; const NONE = -1;

// Calls come in runs over one sentence: the last sentence's answers are at hand without a WeakMap look-up.
let lastTokens: Token[] | null = null;
let lastEnds: number[] = [];

export function matchTitle(tokens: Token[], i: number): number | null {
  let ends = tokens === lastTokens && lastEnds.length === tokens.length ? lastEnds : TITLE_ENDS.get(tokens);
  if (!ends || ends.length !== tokens.length) { ends = new Array<number>(tokens.length).fill(UNKNOWN); TITLE_ENDS.set(tokens, ends); }
  lastTokens = tokens; lastEnds = ends;
  if (ends[i] === UNKNOWN) ends[i] = computeTitle(tokens, i) ?? NONE;
  return ends[i] === NONE ? null : ends[i];
}

function computeTitle(tokens: Token[], i: number): number | null {
  const t0 = tokens[i];
  if (t0.shape === 'punct' || t0.shape === 'num') return null;
  const low0 = t0.low;
  const next = tokens[i + 1];
  const head = t0.shape === 'cap' && next !== undefined && TITLE_HEADS.has(next.low);
  if (!head && !TITLE_FIRST.has(low0) && !TITLE_ABBREVIATIONS.has(t0.text) && !(low0.includes('-') && TITLE_FIRST.has(low0.split('-')[0]))
    && !(low0.length > 6 && DA_COMPOUND.test(t0.text))) return null;
  const abbr = TITLE_ABBREVIATIONS.get(t0.text) ?? TITLE_ABBREVIATIONS.get(`${t0.text}.`);
  let best: number | null = abbr ? i + 1 : null;
  // "Privatisation Minister", "Financial Secretary": a capitalised word before a title head
  if (head && !t0.possessive && next.shape === 'cap' && !QUALIFIER_MAP.has(low0) && !PLACE_ORG_FIRST.has(low0) && !countryOf(t0.text)) best = i + 2;
  let phrase = '';
  for (let j = i; j < Math.min(tokens.length, i + MAX_TITLE_WORDS); j++) {
    if (tokens[j].shape === 'punct' && tokens[j].text !== '-') break;
    phrase = phrase ? `${phrase} ${lower(tokens[j])}` : lower(tokens[j]);
    const spaced = phrase.replace(/-/g, ' ');
    if (TITLES.en.has(phrase) || TITLES.da.has(phrase) || TITLES.en.has(spaced)) best = Math.max(best ?? 0, j + 1);
    // Danish compounds: any lower-case word ending in -minister or -direktør is an office
    else if (j === i && DA_COMPOUND.test(tokens[j].text)) best = j + 1;
    if (tokens[j].possessive) break;
  }
  return best;
}

/** The longest country or organisation starting at i (possessives and Danish genitives allowed). */
export function matchPlaceOrOrg(tokens: Token[], i: number, docOrgs: Set<string>): { end: number; country?: string; org?: string } | null {
  const low = tokens[i].low;
  const lowDotted = tokens[i + 1]?.text === '.' ? `${low}.` : low;
  if (!PLACE_ORG_FIRST.has(low) && !PLACE_ORG_FIRST.has(lowDotted) && !(low.length > 3 && low.endsWith('s') && PLACE_ORG_FIRST.has(low.slice(0, -1)))) return null;
  let phrase = '';
  let best: { end: number; country?: string; org?: string } | null = null;
  for (let j = i; j < Math.min(tokens.length, i + 5); j++) {
    if (tokens[j].shape === 'punct' || tokens[j].shape === 'num') break;
    phrase = phrase ? `${phrase} ${tokens[j].text}` : tokens[j].text;
    const forms = [phrase];
    const g = GENITIVE_S.exec(phrase);
    if (g && !tokens[j].possessive) forms.push(g[1]);
    // "U.S.", "U.N.": the tokenizer keeps the last full stop apart
    const dotted = tokens[j].shape === 'initial' && tokens[j + 1]?.text === '.' && tokens[j].text.includes('.');
    for (const f of forms) {
      const org = ORG.get(f) ?? (f.length > 3 ? ORG.get(f.toLowerCase()) : undefined) ?? (dotted ? ORG.get(`${f}.`) : undefined);
      const country = countryOf(f) ?? (dotted ? countryOf(`${f}.`) : undefined);
      const end = dotted ? j + 2 : j + 1;
      if (org) best = { end, org };
      else if (country) best = { end, country };
      else {
        const generic = ORG_GENERIC.get(f.toLowerCase().replace(/^(the )?((western|military|transatlantic|defence|defense) )*/, ''))?.find((o) => docOrgs.has(o));
        if (generic) best = { end: j + 1, org: generic };
      }
    }
    if (tokens[j].possessive) break;
  }
  return best;
}

/** End of a run of capitalised words from i (after an optional "the"), or 0. */
function capitalisedOrg(tokens: Token[], i: number, to: number): number {
  let j = /^the$/i.test(tokens[i]?.text ?? '') ? i + 1 : i;
  const first = j;
  // "the 1922 Committee": a number may lead the name
  if (j < to - 1 && tokens[j].shape === 'num' && tokens[j + 1].shape === 'cap') j++;
  while (j < to && (tokens[j].shape === 'cap' || tokens[j].shape === 'upper' || (j > first && /^(of|for|and|on|&)$/.test(tokens[j].text) && tokens[j + 1]?.shape === 'cap' && !isMonth(tokens[j + 1].text)))) j++;
  return j - first >= 1 && j === to ? j : 0;
}

/**
 * Reads tokens[from, to) as a role phrase. Strict: every word must be a title, qualifier, country,
 * organisation or filler; otherwise null. The title is the last one found.
 * "former Italian Prime Minister" -> {title: "Prime Minister", country: Italy, former}.
 */
export function parseRolePhrase(text: string, tokens: Token[], from: number, to: number, docOrgs: Set<string>): RoleParts | null {
  let title: [number, number] | null = null;
  let org: string | null = null; let country: string | null = null;
  const qualifiers: string[] = [];
  for (let i = from; i < to;) {
    const t = matchTitle(tokens, i);
    if (t !== null && t <= to) { title = [i, t]; i = t; continue; }
    // "the director of the National Economic Council": an organisation the lists do not know; it
    // wins over a country or a known organisation that is only its first words ("chief economist at Danske Bank",
    // "president of Sony Computer Entertainment America")
    const named = title && /^(of|at|for|i|hos)$/i.test(tokens[i - 1]?.text ?? '') ? capitalisedOrg(tokens, i, to) : 0;
    const p = matchPlaceOrOrg(tokens, i, docOrgs);
    if (p && p.end <= to && !(named > p.end)) {
      if (p.org) org ??= p.org; else country ??= p.country ?? null;
      if (title && /^(to|til)$/i.test(tokens[i - 1]?.text ?? '') && TO_TITLES.test(text.slice(tokens[title[0]].start, tokens[title[1] - 1].end))) title = [title[0], p.end];
      i = p.end; continue;
    }
    if (named) { org ??= text.slice(tokens[i].start, tokens[named - 1].end).replace(/^the\s+/i, ''); i = named; continue; }
    const q = QUALIFIERS.get(lower(tokens[i]).replace(/^-/, ''));
    if (q) { if (!qualifiers.includes(q)) qualifiers.push(q); i++; continue; }
    if (FILLER.has(lower(tokens[i])) || DESCRIPTORS.has(lower(tokens[i]))) { i++; continue; }
    return null;
  }
  if (!title) return null;
  const titleText = text.slice(tokens[title[0]].start, tokens[title[1] - 1].end);
  const abbr = TITLE_ABBREVIATIONS.get(titleText);
  for (const w of titleText.toLowerCase().split(/[\s-]+/)) {
    const q = QUALIFIERS.get(w);
    if (q && (q === 'deputy' || q === 'vice' || q === 'acting' || q === 'interim') && !qualifiers.includes(q)) qualifiers.push(q);
  }
  return {
    title: abbr ?? titleText, org, country, qualifiers, former: qualifiers.includes('former'),
    start: tokens[from].start, end: tokens[to - 1].end,
  };
}
