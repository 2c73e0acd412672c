import type { ClaimCertainty } from '../../model.js';
import { loadData } from '../../data.js';
import { trie } from './trie.js';
import { matches } from './matches.js';

/**
 * How sure a claim is, from the text's own words (data/hedges.json): "likely", "expected",
 * "reportedly", "could", "nothing is finalized or agreed yet", "det er uvist", "kan". The
 * weakest level found wins (denied, then uncertain, possible, likely); none found is "certain".
 */
type Level = 'likely' | 'possible' | 'uncertain' | 'denied';
type HedgeLang = Record<Level, string[]>;
const data = loadData<{ en: HedgeLang; da: HedgeLang }>('hedges.json');
const ORDER: Level[] = ['denied', 'uncertain', 'possible', 'likely'];
// One expression per language over all levels (ASCII \b, no `u`: no hedge starts or ends with a
// non-ASCII letter), and the level of each phrase looked up after.
function build(langs: HedgeLang[]): { re: RegExp; level: Map<string, Level> } {
  const level = new Map<string, Level>();
  for (const lang of langs) for (const l of [...ORDER].reverse()) for (const h of lang[l]) level.set(h.toLowerCase().replace(/\s+/g, ' '), l);
  return { re: new RegExp(`\\b(?:${trie(level.keys(), true)})\\b`, 'gi'), level };
}
const BY_LANG: Record<string, { re: RegExp; level: Map<string, Level> }> = { en: build([data.en]), da: build([data.da]), und: build([data.en, data.da]) };

export interface Certainty { certainty: ClaimCertainty; hedges: string[] }

export function certaintyOf(text: string, language: string): Certainty {
  const { re, level } = BY_LANG[language] ?? BY_LANG.und;
  const hedges: string[] = [];
  let rank = ORDER.length;
  for (const m of matches(re, text)) {
    const h = m[0].toLowerCase().replace(/\s+/g, ' ');
    hedges.push(h);
    const r = ORDER.indexOf(level.get(h) ?? 'likely');
    if (r < rank) rank = r;
  }
  return { certainty: rank < ORDER.length ? ORDER[rank] : 'certain', hedges: [...new Set(hedges)] };
}
