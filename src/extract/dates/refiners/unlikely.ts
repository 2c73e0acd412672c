import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isOwn } from '../tags.js';
import { SECOND_ORDINAL } from '../parsers/duration.js';

/**
 * Readings of chrono's that news text rarely means, each with an example of the false reading:
 * (our own parsers' results are left alone)
 */
const UNLIKELY: { pattern: RegExp; reason: string }[] = [
  // "Sun Microsystems", "he sat down", "the march on Washington", "they may go"
  { pattern: /^(?:sun|sat|mon|tue|tues|wed|thu|thur|thurs|fri)$/i, reason: 'a weekday abbreviation alone' },
  { pattern: /^[a-z]+$/, reason: 'a lower-case word alone' },
  // "5 1/2 hours", "a 7/8 stake": fractions, not July 8
  { pattern: /^\d{1,2}\/\d{1,2}$|^\d{1,2}$/, reason: 'a fraction or a bare small number' },
  // "rose 12 3/4 to 112 5/8": stock prices in eighths, not March 4
  { pattern: /^\d+\s+\d{1,2}\/\d{1,2}$/, reason: 'a mixed fraction' },
  // "this march", "the March of the Combatant Mothers": a month name that is a noun of its own
  { pattern: /^(?:this\s+)?march$|^March\s+of$/, reason: 'a march' },
  // "$6.25 a share", "1.20 a gallon": prices, not 6:25 am
  { pattern: /\d\s*[ap]$/i, reason: 'a price per unit' },
  // "406 to 141", "416": a bare three- or four-digit count that chrono reads as a clock time (4:16)
  { pattern: /^\d{3,4}$/, reason: 'a bare count' },
  // "the SEC": an acronym chrono takes for a unit ("sec")
  { pattern: /^(?:the\s+)?[A-Z]{2,}$/, reason: 'an acronym' },
  // "the year", "the day" alone: the reference is elsewhere in the text
  { pattern: /^the\s+(?:year|day|week|month|years|days|weeks|months)$/i, reason: 'a bare "the year"' },
];

const ALLOWED_LOWER = /^(?:today|tomorrow|yesterday|tonight|now|noon|midnight|midday)$/;

/** "the next quarter-final", "a year-old": a unit that is the head of a compound word. */
const UNIT_END = /(?:year|month|week|quarter|day)$/i;
/** "a second five-year term": the ordinal, which chrono reads as a second of time from now. */
const ordinal = (text: string, r: ParsingResult): boolean => /(?:^|\s)second$/i.test(r.text) && SECOND_ORDINAL.test(text.slice(r.index + r.text.length, r.index + r.text.length + 20));
const compound = (text: string, r: ParsingResult): boolean => UNIT_END.test(r.text) && /^-[A-Za-z]/.test(text.slice(r.index + r.text.length, r.index + r.text.length + 2));

export const unlikelyRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => isOwn(r) || ALLOWED_LOWER.test(r.text) || !(UNLIKELY.some((u) => u.pattern.test(r.text.trim())) || compound(context.text, r) || ordinal(context.text, r)));
  },
};
