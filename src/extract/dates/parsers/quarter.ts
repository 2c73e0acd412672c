import type { Parser, ParsingContext } from 'chrono-node';
import { pad } from '../calendar.js';
import { alternation, lookup, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';
import { refDay } from './relative-period.js';
import { spelledYearSource, spelledYearValue } from './spelled-year.js';

/**
 * A year phrase after a period: "of this year", "next year", "2024", "af næste år", "i 2024".
 * Returns [year offset or absolute year, whether it is absolute].
 */
export function yearTail(lex: DateLexicon): string {
  const rel = alternation(Object.keys(lex.relative).filter((k) => lex.relative[k] !== undefined));
  const yearWords = alternation(Object.entries(lex.calendarUnits).filter(([, u]) => u === 'year').map(([w]) => w));
  const spelled = spelledYearSource(lex);
  return `(?:\\s*,?\\s+(?:of\\s+|in\\s+|af\\s+|i\\s+)?(?:((?:${rel})\\s+(?:${yearWords}))|(1[89]\\d\\d|20\\d\\d${spelled ? `|${spelled}` : ''})))?`;
}

/** Year from a yearTail match: absolute year, relative phrase, or the reference year. */
export function yearFrom(lex: DateLexicon, context: ParsingContext, relPhrase?: string, absolute?: string): { year: number; anchored: boolean } {
  if (absolute) return { year: /^\d/.test(absolute) ? Number(absolute) : spelledYearValue(lex, absolute) ?? 0, anchored: false };
  const ref = refDay(context).year;
  if (!relPhrase) return { year: ref, anchored: true };
  const word = relPhrase.trim().split(/\s+/).slice(0, -1).join(' ');
  return { year: ref + (lookup(lex.relative, word) ?? 0), anchored: true };
}

/** "the first quarter of this year" -> 2024-Q1, "Q3 2023", "første kvartal af næste år". */
export function createQuarterParser(lex: DateLexicon): Parser {
  const ords = alternation(Object.keys(lex.ordinals));
  const quarterWords = alternation(Object.entries(lex.units).filter(([, u]) => u === 'Q').map(([w]) => w));
  const rel = alternation(Object.keys(lex.relative).filter((k) => lex.relative[k] !== 0));
  // a year before the quarter: "the 1988 third quarter", "next year's first quarter"
  const lead = `(?:(1[89]\\d\\d|20\\d\\d)\\s+|(${rel})\\s+year['’]s\\s+)?`;
  const pattern = new RegExp(`${LB}(?:the\\s+)?${lead}(?:(${ords})[\\s-]+(?:${quarterWords})|Q([1-4]))${yearTail(lex)}${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const [, leadYear, leadRel, ord, qDigit, relPhrase, absolute] = match;
      const q = qDigit ? Number(qDigit) : lookup(lex.ordinals, ord);
      if (!q || q > 4) return null;
      let { year, anchored } = yearFrom(lex, context, relPhrase, absolute ?? leadYear);
      if (leadRel && !relPhrase && !absolute) year = refDay(context).year + (lookup(lex.relative, leadRel) ?? 0);
      // "third-quarter profit" with no year: the latest third quarter that has begun
      else if (!relPhrase && !absolute && !leadYear && q > Math.floor((refDay(context).month - 1) / 3) + 1) year -= 1;
      const result = context.createParsingResult(match.index ?? 0, match[0]);
      return tagTimex(result, { value: `${pad(year, 4)}-Q${q}`, type: 'DATE', anchored, needs: 'year', rule: 'quarter' });
    },
  };
}

/**
 * "the quarter", "the latest quarter", "the most recent quarter" in a company report: the quarter
 * just ended before the document date.
 */
export function createLatestQuarterParser(): Parser {
  // "the latest period" is the latest quarter too, but "the period" alone could be any
  const pattern = /(?<![A-Za-z])the\s+(?:(?:(?:latest|last|past|most\s+recent|recent|just[-\s]ended)\s+)?(?:fiscal\s+)?quarter|(?:latest|most\s+recent|just[-\s]ended)\s+(?:fiscal\s+)?period)(?![A-Za-z-])(?!\s+(?:of|century|mile|hour))/i;
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const ref = refDay(context);
      const q = Math.floor((ref.month - 1) / 3);
      const value = q === 0 ? `${pad(ref.year - 1, 4)}-Q4` : `${pad(ref.year, 4)}-Q${q}`;
      return tagTimex(context.createParsingResult(match.index ?? 0, match[0]), { value, type: 'DATE', anchored: true, rule: 'latest-quarter' });
    },
  };
}
