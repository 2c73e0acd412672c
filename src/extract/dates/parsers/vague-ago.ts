import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';

/**
 * An unstated amount of time back or on names no date: "several years ago", "a few weeks earlier"
 * -> PAST_REF; "some years from now" -> FUTURE_REF (TimeML's values for a vague past or future),
 * not chrono's reading of "several" as a number. Words from data/dates-<lang>.json (vagueNumbers,
 * units, vagueAgo).
 */
export function createVagueAgoParser(lex: DateLexicon): Parser | null {
  const ago = lex.vagueAgo ?? {};
  if (!Object.keys(ago).length) return null;
  const amounts = alternation(lex.vagueNumbers.filter((w) => !/^the\s|coming/.test(w)));
  const units = alternation(Object.keys(lex.units).filter((u) => u.endsWith('s') && lex.units[u] !== 'WE'));
  const pattern = new RegExp(`${LB}(?:${amounts})\\s+(?:${units})\\s+(${alternation(Object.keys(ago))})${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const value = lookup(ago, match[1]);
      if (!value) return null;
      return tagTimex(context.createParsingResult(match.index ?? 0, match[0]), { value, type: 'DATE', rule: 'vague-ago' });
    },
  };
}

/**
 * "past" before a plural unit, with no article or amount, is the past at large: "in past years the
 * fund fared better" -> PAST_REF, not chrono's "past year" (last year). Words: pastPlural in
 * data/dates-<lang>.json.
 */
export function createPastPluralParser(lex: DateLexicon): Parser | null {
  const lead = lex.pastPlural ?? [];
  if (!lead.length) return null;
  const units = alternation(Object.keys(lex.units).filter((u) => u.endsWith('s') && lex.units[u] !== 'WE'));
  const pattern = new RegExp(`(?<!(?:the|these|those|their|its|his|her)\\s+)${LB}(?:${alternation(lead)})\\s+(?:${units})${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      return tagTimex(context.createParsingResult(match.index ?? 0, match[0]), { value: 'PAST_REF', type: 'DATE', rule: 'past-plural' });
    },
  };
}
