import type { Parser, ParsingContext } from 'chrono-node';
import { caseFoldedParser } from './case-folded.js';

/** A pattern that fails at once: sticky, so it tries the first position only, and can never match. */
const NEVER = /(?!)/y;

/**
 * A parser that runs only on texts holding what every one of its matches holds. chrono's
 * ENTimeUnitAgoFormatParser ("two weeks ago") tries its long pattern at every "the", "a" and digit;
 * a match always ends in a unit word and "ago", so a text without that pair is skipped after one
 * cheap scan. Same results: the gate is implied by the parser's own pattern.
 */
export function gated(parser: Parser, gate: RegExp | ((text: string) => boolean)): Parser {
  const pass = typeof gate === 'function' ? gate : (text: string): boolean => gate.test(text);
  return {
    pattern: (context: ParsingContext): RegExp => (pass(context.text) ? parser.pattern(context) : NEVER),
    extract: (context: ParsingContext, match: RegExpMatchArray) => parser.extract(context, match),
  };
}

/** chrono's English number and time-unit vocabulary (locales/en/constants.ts: NUMBER_PATTERN, TIME_UNIT_DICTIONARY). */
const NUMBER = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)';
const UNIT = '(?:s|sec|seconds?|m|mins?|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)';

/**
 * What every match of chrono's "<amount> <unit> <tail>" parsers ends with: the tail word, right
 * after an amount and a unit ("two weeks ago"). The tail comes first in the gate so the engine
 * skips quickly to it; the lookbehind checks the amount and unit only there.
 */
export function unitTailGate(tails: string[]): RegExp {
  const tail = `(?:${tails.join('|')})`;
  return new RegExp(`${tail}(?=\\W|$)(?<=${NUMBER}\\s{0,3}${UNIT}\\s{0,5}${tail})`, 'i');
}

/** chrono's English month names and abbreviations (MONTH_DICTIONARY), as whole words ("Jan5" still counts). */
const MONTH = /(?<![A-Za-z0-9_])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])/i;

/**
 * What each of chrono's English parsers needs in a text before it can match at all (each gate is
 * implied by the parser's own pattern, so gating changes no result). Parsers not listed keyed on
 * words too common to be worth a gate ("in", "this").
 */
export const CHRONO_GATES: Record<string, RegExp> = {
  ENTimeUnitAgoFormatParser: unitTailGate(['ago', 'before', 'earlier']),
  ENTimeUnitLaterFormatParser: unitTailGate(['later', 'after', 'from now', 'henceforth', 'forward', 'out']),
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENYearMonthNameParser: MONTH,
  ENWeekdayParser: /(?<![A-Za-z0-9_])(?:sun|mon|tue|wed|thu|fri|sat|week)/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|noon|evening|night|midday/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENTimeExpressionParser: /\d/,
  SlashDateFormatParser: /\d/,
  ISOFormatParser: /\d/,
  ENYearMonthDayParser: /\d/,
  ENSlashMonthFormatParser: /\d/,
};

/** chrono's parsers whose patterns cost V8 over 100 ms each to compile with the `i` flag (case-folded.ts). */
const CASE_FOLDED = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);

/** chrono's parser behind its gate, if it has one. */
export function gatedChrono(parser: Parser): Parser {
  const name = parser.constructor.name;
  const gate = CHRONO_GATES[name];
  let inner = name === 'ENCasualTimeParser' ? partOfDateFollowing(parser) : parser;
  if (CASE_FOLDED.has(name)) inner = caseFoldedParser(inner);
  return gate ? gated(inner, gate) : inner;
}

/**
 * "the night of Oct. 23": the part of the day belongs to the date after it, so chrono's casual
 * reading of "night" (tonight, by the document's day) is not taken, and "Oct. 23" stands alone
 * instead of merging into a night of the document's day.
 */
function partOfDateFollowing(parser: Parser): Parser {
  return {
    pattern: (context: ParsingContext): RegExp => parser.pattern(context),
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const after = context.text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 16);
      return /^\s+of\s+(?:the\s+)?[A-Z0-9]/.test(after) ? null : parser.extract(context, match);
    },
  };
}
