/**
 * How many words (runs of letters and digits) a string holds, as `s.match(/[\p{L}\p{N}]+/gu).length`
 * counts them, without building the array of matches: the rules ask this for every gap between
 * quotation marks and every clause, so it is one of the stage's commonest calls.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** `limit`: stop counting there (the callers compare with a bound). */
export function countWords(s: string, limit = Infinity): number {
  let n = 0; let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let w: boolean;
    if (c < 128) w = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    // an astral letter is a surrogate pair: test the whole code point
    else if ((c & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { w = WORD_CHAR.test(s.slice(i, i + 2)); i++; }
    else w = WORD_CHAR.test(s[i]);
    if (w && !inWord && ++n >= limit) return n;
    inWord = w;
  }
  return n;
}

/** How many letters and digits a string holds: the measure of how much a span says. */
export function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) { if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) n++; }
    else if ((c & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { if (WORD_CHAR.test(s.slice(i, i + 2))) n++; i++; }
    else if (WORD_CHAR.test(s[i])) n++;
  }
  return n;
}
