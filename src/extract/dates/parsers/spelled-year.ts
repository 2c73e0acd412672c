import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';

/**
 * Years said in words, as broadcast transcripts write them: "nineteen ninety-six" -> 1996,
 * "nineteen oh five" -> 1905, "two thousand" -> 2000, "two thousand and three" -> 2003.
 * Only a century word ("nineteen", from data centuryNames) followed by a number under a hundred,
 * so "nineteen people" is no year. The pattern source is shared with yearTail ("January nineteen
 * ninety-seven", "the winter of nineteen ninety-four").
 */
export function spelledYearSource(lex: DateLexicon): string | null {
  const centuries = Object.keys(lex.centuryNames ?? {});
  if (!centuries.length || !lex.tens.length) return null;
  const units = alternation(Object.entries(lex.numbers).filter(([, n]) => Number.isInteger(n) && n >= 1 && n <= 19).map(([w]) => w).filter((w) => !/^an?$|\s/.test(w)));
  const tens = alternation(lex.tens);
  const twoDigit = `(?:(?:${tens})(?:[-\\s](?:${units}))?|${units}|(?:oh|o)\\s+(?:${units}))`;
  return `(?:(?:${alternation(centuries)})\\s+(?:${twoDigit}|hundred)|two\\s+thousand(?:\\s+(?:and\\s+)?${twoDigit})?)`;
}

/** The year a spelled-out year names, or undefined. */
export function spelledYearValue(lex: DateLexicon, text: string): number | undefined {
  const words = text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and' && w !== 'oh' && w !== 'o');
  const num = (w: string): number => lookup(lex.numbers, w) ?? 0;
  if (words[0] === 'two' && words[1] === 'thousand') return 2000 + words.slice(2).reduce((a, w) => a + num(w), 0);
  const century = lookup(lex.centuryNames ?? {}, words[0]);
  if (century === undefined) return undefined;
  if (words[1] === 'hundred') return century * 100;
  return century * 100 + words.slice(1).reduce((a, w) => a + num(w), 0);
}

export function createSpelledYearParser(lex: DateLexicon): Parser | null {
  const source = spelledYearSource(lex);
  if (!source) return null;
  const pattern = new RegExp(`${LB}(?:the\\s+year\\s+)?${source}${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const core = match[0].replace(/^the\s+year\s+/i, '');
      const at = match.index ?? 0;
      // "two thousand" alone is more often a count ("two thousand fled", "two thousand years"):
      // a year only after "the year" or a time preposition, and before no noun
      if (/^two\s+thousand$/i.test(core) && core === match[0]
        && (!/\b(?:in|by|since|until|till|before|after)\s+$/i.test(context.text.slice(Math.max(0, at - 8), at))
          || /^\s+[a-z]/.test(context.text.slice(at + match[0].length)))) return null;
      const year = spelledYearValue(lex, core);
      if (!year) return null;
      return tagTimex(context.createParsingResult(match.index ?? 0, match[0], { year }), { grain: 'year', rule: 'spelled-year' });
    },
  };
}
