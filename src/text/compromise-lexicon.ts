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

// No prototype: "constructor" or "toString" in a text must not find Object's methods as tags.
export const compromiseLexicon: Lexicon = Object.setPrototypeOf(await load(), null) as Lexicon;

const NO_TAGS: readonly string[] = Object.freeze([]);
const single = new Map<string, readonly string[]>();

/** compromise's tags for a word, any case ([] when it does not know the word). Shared, frozen arrays. */
export function tagsOf(word: string): readonly string[] {
  const t = compromiseLexicon[word.toLowerCase()];
  if (t === undefined) return NO_TAGS;
  if (Array.isArray(t)) return t;
  // one tag: the same one-element array every time, not a new one per look-up
  let one = single.get(t);
  if (!one) { one = Object.freeze([t]); single.set(t, one); }
  return one;
}
