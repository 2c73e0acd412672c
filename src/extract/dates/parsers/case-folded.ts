import type { Parser, ParsingContext } from 'chrono-node';

const LETTER = /[A-Za-z]/;
const other = (c: string): string => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());

/** An escape at i ("\s", "\u00e6", "\x4a", "\cJ", "\k<name>"): its length, so no letter in it is folded. */
function escapeLength(source: string, i: number): number {
  const c = source[i + 1];
  if (c === 'u') return 6;
  if (c === 'x') return 4;
  if (c === 'c') return 3;
  if (c === 'k' && source[i + 2] === '<') return source.indexOf('>', i) - i + 1;
  return 2;
}

/** A character class's body with each ASCII letter's other case added ("a-z" -> "a-zA-Z"). */
function foldClass(body: string): string {
  let out = body; let extra = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') { i += escapeLength(body, i) - 1; continue; }
    const c = body[i];
    if (!LETTER.test(c)) continue;
    if (body[i + 1] === '-' && LETTER.test(body[i + 2] ?? '')) { extra += `${other(c)}-${other(body[i + 2])}`; i += 2; } else extra += other(c);
  }
  out += extra;
  return out;
}

/**
 * A pattern's source with the `i` flag spelled out: each ASCII letter becomes a class of its two
 * cases ("ago" -> "[aA][gG][oO]"), and classes take the other case of their letters.
 *
 * Without the `u` flag, `i` matches an ASCII letter only with its other case (ECMAScript's
 * Canonicalize never maps a non-ASCII character to an ASCII one), so the spelled-out pattern
 * matches exactly what the original does. It matters for speed: V8 compiles chrono's time-unit
 * patterns ("five years ago") to machine code in about 150 ms each with `i`, about 30 ms spelled
 * out, once in every thread (Node 20).
 */
export function spellOutCase(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { const n = escapeLength(source, i); out += source.slice(i, i + n); i += n - 1; continue; }
    if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++; // a "]" first in a class is a character
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? escapeLength(source, j) : 1;
      const head = source[i + 1] === '^' ? '[^' : '[';
      out += `${head}${foldClass(source.slice(i + head.length, j))}]`;
      i = j;
      continue;
    }
    // group syntax ("(?<name>", "(?<=") is not text to match
    if (c === '(' && source[i + 1] === '?' && source[i + 2] === '<' && LETTER.test(source[i + 3] ?? '')) {
      const end = source.indexOf('>', i);
      out += source.slice(i, end + 1); i = end; continue;
    }
    out += LETTER.test(c) ? `[${c}${other(c)}]` : c;
  }
  return out;
}

const folded = new WeakMap<RegExp, RegExp>();

/** The same pattern without the `i` flag (see spellOutCase); other patterns as they are. */
export function caseFolded(re: RegExp): RegExp {
  if (!re.flags.includes('i') || re.flags.includes('u') || re.flags.includes('v')) return re;
  let f = folded.get(re);
  if (!f) { f = new RegExp(spellOutCase(re.source), re.flags.replace('i', '')); folded.set(re, f); }
  return f;
}

/** chrono's parser matching through its case-folded pattern: the same matches, cheaper to compile. */
export function caseFoldedParser(parser: Parser): Parser {
  return {
    pattern: (context: ParsingContext): RegExp => caseFolded(parser.pattern(context)),
    extract: (context: ParsingContext, match: RegExpMatchArray) => parser.extract(context, match),
  };
}
