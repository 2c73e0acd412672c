import type { ClaimCertainty } from '../../model.js';
import { loadData } from '../../data.js';
import { alternation, wordRe } from './lexicon.js';

/**
 * How sure a claim is, from the text's own words (data/hedges.json): "likely", "expected",
 * "reportedly", "could", "nothing is finalized or agreed yet", "det er uvist", "kan". The
 * weakest level found wins (denied, then uncertain, possible, likely); none found is "certain".
 */
type Level = 'likely' | 'possible' | 'uncertain' | 'denied';
type HedgeLang = Record<Level, string[]>;
const data = loadData<{ en: HedgeLang; da: HedgeLang }>('hedges.json');
const ORDER: Level[] = ['denied', 'uncertain', 'possible', 'likely'];
const build = (lang: HedgeLang): [Level, RegExp][] => ORDER.map((l) => [l, wordRe(alternation(lang[l]), 'giu')]);
const BY_LANG: Record<string, [Level, RegExp][]> = {
  en: build(data.en),
  da: build(data.da),
  und: ORDER.map((l) => [l, wordRe(alternation([...data.en[l], ...data.da[l]]), 'giu')]),
};

export interface Certainty { certainty: ClaimCertainty; hedges: string[] }

export function certaintyOf(text: string, language: string): Certainty {
  const rules = BY_LANG[language] ?? BY_LANG.und;
  const hedges: string[] = [];
  let certainty: ClaimCertainty = 'certain';
  for (const [level, re] of rules) {
    const found = [...text.matchAll(re)].map((m) => m[0]);
    if (found.length && certainty === 'certain') certainty = level;
    hedges.push(...found);
  }
  return { certainty, hedges: [...new Set(hedges.map((h) => h.toLowerCase()))] };
}
