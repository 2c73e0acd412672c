import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';

/**
 * Words that point at the present, past or future without a date: "now", "currently" -> PRESENT_REF;
 * "recently" -> PAST_REF; "the future" -> FUTURE_REF; "lige nu", "i øjeblikket", "i fremtiden".
 */
/** A word after "the future" that makes "future" an adjective (anything but a clause boundary or verb). */
const ADJECTIVAL = /^\s+(?!(?:is|was|will|would|may|might|could|holds?|looks?|and|or|but|that|when|where|as|if|for|than|remains?)\b)[a-z]/;

export function createRefWordParser(lex: DateLexicon): Parser {
  const groups: [string[], string][] = [[lex.presentRef, 'PRESENT_REF'], [lex.pastRef, 'PAST_REF'], [lex.futureRef, 'FUTURE_REF']];
  const table = new Map<string, string>();
  for (const [words, value] of groups) for (const w of words) table.set(w.toLowerCase(), value);
  const pattern = new RegExp(`${LB}(${alternation(table.keys())})${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const value = table.get(match[1].toLowerCase().replace(/\s+/g, ' '));
      if (!value) return null;
      // "two weeks from now" stays with the larger expression chrono reads
      if (/^now$/i.test(match[1]) && /\bfrom\s+$/i.test(context.text.slice(Math.max(0, (match.index ?? 0) - 8), match.index))) return null;
      // "the future leadership of the alliance": "future" used as an adjective is no time
      if (/future$/i.test(match[1]) && ADJECTIVAL.test(context.text.slice((match.index ?? 0) + match[0].length))) return null;
      const result = context.createParsingResult(match.index ?? 0, match[0]);
      return tagTimex(result, { value, type: 'DATE', rule: 'ref-word' });
    },
  };
}

/**
 * Recurring times: "every year", "annually", "daily", "twice a year" -> SET P1Y; "hvert år", "dagligt".
 */
export function createSetParser(lex: DateLexicon): Parser {
  const lead = lex.setLead.join('|');
  const pattern = new RegExp(`${LB}(?:(?:${lead})\\s+)?(${alternation(Object.keys(lex.sets))})${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const phrase = match[1].toLowerCase().replace(/\s+/g, ' ');
      const value = lex.sets[phrase];
      if (!value) return null;
      // "a year" is a set only after "once"/"twice"/"N times" (else it is a duration: "for a year")
      if (/^(a|an|per|om)\s/.test(phrase) && match[0].length === match[1].length && !/^per\s/.test(phrase)) return null;
      const result = context.createParsingResult(match.index ?? 0, match[0]);
      return tagTimex(result, { value, type: 'SET', rule: 'set' });
    },
  };
}
