/** A word or punctuation mark of a sentence, in UTF-16 indices of the document text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** 'cap' = Capitalised ("Rutte", "McDonald", "al-Assad"), 'upper' = ALL CAPS (2+ letters),
   *  'initial' = one capital letter ("J" of "J."), 'lower', 'punct', 'num'. */
  shape: 'cap' | 'upper' | 'initial' | 'lower' | 'punct' | 'num';
  /** The token ended in a possessive "'s" / "’s", which is not part of `text`. */
  possessive: boolean;
}

// Words keep inner apostrophes, hyphens and dots ("O'Neill", "Jean-Claude", "U.S"); a trailing
// possessive 's is split off so that a name never carries it ("Rutte’s candidacy").
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’.\-](?=[\p{L}\p{M}]))*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
const POSSESSIVE = /^(.+?)['’]s$/u;

function shapeOf(w: string): Token['shape'] {
  if (/^\p{N}/u.test(w)) return 'num';
  if (!/^[\p{L}\p{M}]/u.test(w)) return 'punct';
  const letters = w.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  // "J", and "H.L" of "H.L. Hansen"
  if (/^\p{Lu}$/u.test(letters) || /^(\p{Lu}\.)+\p{Lu}$/u.test(w)) return 'initial';
  // ALL CAPS, and acronyms with a plural or possessive tail: "NATO", "GDRs", "MPs"
  if (upper === letters.length || /^\p{Lu}{2,}\p{Ll}{1,2}$/u.test(w)) return 'upper';
  // al-Assad, bin-Salman, d'Estaing: a lower-case particle glued to a capitalised name
  if (/^\p{Lu}/u.test(w) || /^\p{Ll}{1,3}['’-]\p{Lu}/u.test(w)) return 'cap';
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
    const p = POSSESSIVE.exec(w);
    if (p && /\p{L}$/u.test(p[1])) { w = p[1]; possessive = true; }
    const s = start + m.index;
    out.push({ text: w, start: s, end: s + w.length, shape: shapeOf(w), possessive });
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
