/** Case- and accent-insensitive key for comparing names ("Hřib" ~ "hrib"). */
export function foldName(s: string): string {
  let key = folded.get(s);
  if (key === undefined) {
    key = s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(QUOTES, "'").replace(SPACES, ' ').trim();
    // Names recur across documents; the cache is bounded so a corpus of millions of names cannot fill memory.
    if (folded.size >= MAX_CACHED) folded.clear();
    folded.set(s, key);
  }
  return key;
}

const MARKS = /\p{M}/gu;
const QUOTES = /[’‘`´]/g;
const SPACES = /\s+/g;
const MAX_CACHED = 100_000;
const folded = new Map<string, string>();
