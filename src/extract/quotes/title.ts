/** "The Apprentice", "Morning Joe": a short phrase of capitalised words is a name, not speech. */
export function isTitle(s: string): boolean {
  if (s.length > 90) return false; // six words: no need to split a long quotation into words
  const w = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return w.length <= 6 && w.every((x) => /^[\p{Lu}\p{N}]/u.test(x) || /^(?:of|the|and|a|in|on|for|to)$/.test(x));
}
/** A phrase in quotation marks inside a sentence, after a word (where a name or title stands). */
export const NAME_IN_MARKS = /(?<=[\p{L}\p{N}]\s)["“]([^"“”\n]{1,60})["”]/gu;
