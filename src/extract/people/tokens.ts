/** A word or punctuation mark of a sentence, in UTF-16 indices of the document text. */
export interface Token {
  text: string;
  /** `text` in lower case, computed once (title and stopword look-ups read it for every word). */
  low: string;
  start: number;
  end: number;
  /** 'cap' = Capitalised ("Bakker", "McDonald", "al-Assad"), 'upper' = ALL CAPS (2+ letters),
   *  'initial' = one capital letter ("J" of "J."), 'lower', 'punct', 'num'. */
  shape: 'cap' | 'upper' | 'initial' | 'lower' | 'punct' | 'num';
  /** The token ended in a possessive "'s" / "’s", which is not part of `text`. */
  possessive: boolean;
}

// Words keep inner apostrophes, hyphens and dots ("O'Neill", "Jean-Claude", "U.S"); a trailing
// possessive 's is split off so that a name never carries it ("Bakker’s candidacy").
// the Dutch particle 't ("Cees 't Hart", "Gerard 't Hooft") is one word
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’.\-](?=[\p{L}\p{M}]))*|\p{N}+(?:[.,:]\p{N}+)*|(?<=\s)['’]t(?=\s+\p{Lu})|\S/gu;
const POSSESSIVE = /^(.+?)['’]s$/u;
const LETTER_LAST = /\p{L}$/u;

const UPPER = /^\p{Lu}$/u;
const LETTER_FIRST = /^[\p{L}\p{M}]/u;
const NUMBER_FIRST = /^\p{N}/u;
const HAS_LOWER = /\p{Ll}/u;
const DOTTED_INITIALS = /^(\p{Lu}\.)+\p{Lu}$/u;
const ACRONYM_TAIL = /^\p{Lu}{2,}\p{Ll}{1,2}$/u;
const GLUED_PARTICLE = /^\p{Ll}{1,3}['’-]\p{Lu}/u;
const ASCII_WORD = /^[A-Za-z]+$/;
const ASCII_UPPER = /^[A-Z]+$/;

// Regular expression literals inside a function make a new object on every call; the patterns
// live here, and plain ASCII words (most of English news) are classified without them.
function shapeOf(w: string): Token['shape'] {
  const c = w[0];
  if (c >= '0' && c <= '9') return 'num';
  if (ASCII_WORD.test(w)) {
    const upperFirst = c >= 'A' && c <= 'Z';
    if (!upperFirst) return 'lower';
    if (w.length === 1) return 'initial';
    if (ASCII_UPPER.test(w)) return 'upper';
    // "GDRs", "MPs": an acronym with a plural or possessive tail
    return ACRONYM_TAIL.test(w) ? 'upper' : 'cap';
  }
  if (!LETTER_FIRST.test(w)) return NUMBER_FIRST.test(w) ? 'num' : 'punct';
  const hasLower = HAS_LOWER.test(w);
  // "J", and "H.L" of "H.L. Hansen"
  if ((w.length === 1 && UPPER.test(w)) || (!hasLower && DOTTED_INITIALS.test(w))) return 'initial';
  // ALL CAPS, and acronyms with a plural or possessive tail: "NATO", "GDRs", "MPs"
  if (!hasLower || ACRONYM_TAIL.test(w)) return UPPER.test(c) || !hasLower ? 'upper' : 'lower';
  // al-Assad, bin-Salman, d'Estaing: a lower-case particle glued to a capitalised name
  if (UPPER.test(c) || GLUED_PARTICLE.test(w)) return 'cap';
  return 'lower';
}

/** Splits text[start, end) into tokens. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let w = m[0];
    let possessive = false;
    const p = w.length > 2 && w.endsWith('s') ? POSSESSIVE.exec(w) : null;
    if (p && LETTER_LAST.test(p[1])) { w = p[1]; possessive = true; }
    const s = start + m.index;
    out.push({ text: w, low: w.toLowerCase(), start: s, end: s + w.length, shape: shapeOf(w), possessive });
  }
  return out;
}

/** A headline or table line in capitals: most of its words are ALL CAPS. */
export function isShouting(tokens: Token[]): boolean {
  let words = 0; let upper = 0;
  for (const t of tokens) {
    if (t.shape === 'punct' || t.shape === 'num' || t.text.length < 2) continue;
    words++;
    if (t.shape === 'upper') upper++;
  }
  return words >= 2 && upper / words > 0.6;
}

// Function words that a title-case headline capitalises ("Carney Set To Become Bank Chief").
const HEADLINE_FUNCTION = new Set(['To', 'Of', 'In', 'For', 'And', 'As', 'On', 'At', 'With', 'The', 'A', 'An', 'From', 'By', 'Over', 'After', 'Into', 'Is', 'Are', 'Be']);

/** A headline in Title Case: most words capitalised, including a function word after the first word. */
export function isTitleCase(tokens: Token[]): boolean {
  let words = 0; let caps = 0; let fn = 0;
  tokens.forEach((t, i) => {
    if (t.shape === 'punct' || t.shape === 'num') return;
    words++;
    if (t.shape === 'cap' || t.shape === 'upper' || t.shape === 'initial') caps++;
    if (i > 0 && HEADLINE_FUNCTION.has(t.text)) fn++;
  });
  return words >= 4 && fn >= 1 && caps / words >= 0.8;
}
