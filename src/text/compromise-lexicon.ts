import { readFileSync } from 'node:fs';

/** compromise's lexicon: lower-case word -> its tag or tags ("paris" -> ["City"]). */
export type Lexicon = Record<string, string | string[]>;

/**
 * compromise's lexicon, the English word knowledge the people and quote stages read (given names,
 * surnames, places, adverbs, function words); we never run compromise's tagger. `npm run build`
 * caches the lexicon as JSON in dist/ (scripts/cache-lexicon.mjs), because importing compromise costs
 * about a second of CPU in every worker thread; without the cache (running from source), compromise
 * itself is imported.
 */
async function load(): Promise<Lexicon> {
  try {
    const cached = JSON.parse(readFileSync(new URL('../compromise-lexicon.json', import.meta.url), 'utf8')) as { lexicon?: Lexicon };
    if (cached.lexicon && typeof cached.lexicon === 'object') return cached.lexicon;
  } catch { /* no cache: read compromise */ }
  const nlp = (await import('compromise')).default;
  return (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
}

export const compromiseLexicon: Lexicon = await load();

/** compromise's tags for a word, any case ([] when it does not know the word). */
export function tagsOf(word: string): string[] {
  const t = compromiseLexicon[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}
