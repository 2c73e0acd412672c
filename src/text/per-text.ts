/**
 * Values computed once per document text: scans of the whole text (cue words, outlets, sentence
 * breaks, posts) that stages then read by range, sentence after sentence.
 *
 * Each cache keeps the last text it saw. processDocument forgets them all as each document starts:
 * a new text compared with the cached one costs a character-by-character walk when both have the
 * same length (parts of one large file can), and that walk would be paid on every look-up.
 */
const forgetters: (() => void)[] = [];

/** `build(text)`, computed again only when the text changes. */
export function perText<T>(build: (text: string) => T): (text: string) => T {
  let seen: string | null = null;
  let value: T | undefined;
  forgetters.push(() => { seen = null; value = undefined; });
  return (text) => {
    if (text !== seen || value === undefined) { value = build(text); seen = text; }
    return value;
  };
}

/** Forgets every per-text value (processDocument calls it as each document starts). */
export function forgetTexts(): void {
  for (const f of forgetters) f();
}
