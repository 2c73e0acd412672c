import type { DocContext } from '../../pipeline/context.js';
import { loadData } from '../../data.js';
import { alternation, lexiconFor, type DateLexicon } from './lexicon.js';
import { misspeltName } from './parsers/weekday.js';
import { holidaysFor } from './holidays.js';

interface ScanWords { words: string[]; letterUnitLead: string[]; letterUnits: string[]; letterUnitTail: string[]; relativeLead: string[] }

/** Looser edges than the parsers' own (LB/RB), so the scan fires wherever any parser could. */
const SB = '(?<![A-Za-z0-9])';
const SE = '(?![A-Za-z0-9])';

/** The last word of a phrase: "at the moment" -> "moment" (every phrase needs its last word). */
const lastWord = (phrase: string): string => phrase.trim().split(/\s+/).pop() ?? phrase;

/** Every word a date parser of the language keys on: chrono's own (data/dates-scan.json) and our lexicon's. */
function anchorWords(lex: DateLexicon, scan: ScanWords, language: string): string[] {
  const keys = (t: Record<string, unknown> | undefined): string[] => Object.keys(t ?? {});
  const suffix = (lex as { weekdayPastSuffix?: string }).weekdayPastSuffix ?? '';
  const phrases = [
    ...keys(lex.months), ...keys(lex.weekdays), ...keys(lex.weekdays).map((w) => w + suffix), ...keys(lex.units),
    ...keys(lex.calendarUnits), ...keys(lex.seasons), ...keys(lex.partsOfDay), ...keys(lex.casual), ...keys(lex.sets),
    ...lex.presentRef, ...lex.pastRef, ...lex.futureRef, ...scan.words, ...keys(lex.decadeWords), ...(lex.centuryWords ?? []),
    ...(lex.yearBack ?? []), ...Object.keys(holidaysFor(language)), ...Object.keys(lex.centuryNames ?? {}), 'thousand',
    // the vague-duration parser's own words ("i årevis")
    'decades', 'centuries', 'årevis', 'månedsvis', 'ugevis', 'dagevis', 'årtier',
  ];
  return [...new Set(phrases.map(lastWord))];
}

/**
 * A number that may belong to a date, by its shape: four digits ("2014", "1200 GMT"), digits joined by
 * a date or clock separator ("6/17", "10:35", "2023-06-17", "8.28"), a suffix ("5th", "1990s", "7pm",
 * "5m later", "3 hrs") or a lead ("at 10", "Q3", "'90s"). Not an amount of money ("$11.1bn"), a share
 * ("76%"), a count with thousands separators ("190,000") or millions ("2.2 million"). A plain small
 * number ("24 countries") only ever gives chrono a bare-number reading, which the unlikely refiner
 * drops; a date next to it has an anchor of its own. The lookaheads take the rest of the number with
 * them, so they cannot backtrack into the "7" of "76%".
 */
const AMOUNT_AFTER = '(?:%|per\\s*cent|percent|(?:bn|tn|million|billion|trillion)(?![A-Za-z]))';
const SHAPE = `(?:\\d{3}(?!\\d)|\\d*[/:.\\-–]\\d|\\d*\\s?(?:st|nd|rd|th|s|'s|[ap]\\.?m|h|hrs?|mins?|m|d|w|y|mo|mos|mon|yrs?|secs?|qtr|o['’]?clock)(?![A-Za-z]))`;
const DIGIT = `\\d(?<![$£€¥]\\s?\\d)(?<![\\d.,]\\d)(?![\\d.,]*\\s*${AMOUNT_AFTER})(?!\\d{0,2},\\d{3}(?![\\d]))`
  + `(?:(?=${SHAPE})|(?<=(?:${SB}(?:at|from)\\s*|[QTHqth'’]|${SB}[A-Za-z]{1,3})\\d))`;

/**
 * chrono's one-letter units ("s", "m", "h", "d", "w", "y") after a number word or "last"/"next":
 * "a few d ago", "last w", "ten m later". With no space between ("they", "them", "tens") chrono
 * still reads them when a lead or tail word stands by ("they earlier", "in tens"), so only then.
 */
function letterUnits(scan: ScanWords): string[] {
  if (!scan.letterUnits.length) return [];
  const lead = alternation(scan.letterUnitLead); const units = scan.letterUnits.join('|');
  // "a"/"an" need a word boundary after them in chrono ("as" is no "a s")
  const glued = alternation(scan.letterUnitLead.filter((w) => !/^(?:a|an|of)$/.test(w)));
  const word = `(?:${glued})(?:${units})`;
  // after a lead, even glued to it: chrono reads "(in)(ten)(d)" within "intend" before rejecting it
  const before = `(?<=(?:within|in|for|${alternation(scan.relativeLead)}|[+-])\\s*${word})`;
  const after = `(?<=${SB}${word})(?=\\s{0,5}(?:${alternation(scan.letterUnitTail)})${SE})`;
  // each alternative starts with plain characters, so the engine skips ahead fast; the lookbehinds
  // run only where those matched
  return [`\\s(?:${units})${SE}(?<=${SB}(?:${lead})\\s{1,3}[A-Za-z])`, `${word}${SE}(?:${before}|${after})`,
    `(?:${alternation(scan.relativeLead)})\\s*(?:${units})${SE}(?<=${SB}(?:${alternation(scan.relativeLead)})\\s*[A-Za-z])`];
}

/**
 * The scanner's source: any digit that may be a date's, any anchor word, chrono's one-letter units.
 * One regex, built once per language.
 */
export function scanSource(language: string): string {
  const lex = lexiconFor(language);
  const scan = loadData<Record<string, ScanWords>>('dates-scan.json')[language === 'da' ? 'da' : 'en'];
  return [DIGIT, `${SB}(?:${alternation(anchorWords(lex, scan, language))})${SE}`, ...letterUnits(scan)].join('|');
}

const scanners = new Map<string, RegExp>();
function scannerFor(language: string): RegExp {
  let re = scanners.get(language);
  if (!re) { re = new RegExp(scanSource(language), 'gi'); scanners.set(language, re); }
  return re;
}

/** A capitalised word that may be a misspelt weekday or month ("Wednesady"); see parsers/weekday.ts. */
const CAPITALISED = /(?<![A-Za-zÀ-ÖØ-öø-ÿ])[A-ZÆØÅ][a-zæøå]{5,9}(?![A-Za-zÀ-ÖØ-öø-ÿ])/g;
export function hasMisspeltName(lex: DateLexicon, text: string, from = 0, to = text.length): boolean {
  // Search a window around [from, to) only (a search of the whole text from each sentence is quadratic
  // when no word matches); the window reaches one character before for the look-behind and a word's
  // length after, so a word that starts before `to` is read whole.
  const shift = Math.max(0, from - 1);
  const part = text.slice(shift, Math.min(text.length, to + 11));
  CAPITALISED.lastIndex = from - shift;
  for (let m = CAPITALISED.exec(part); m && m.index + shift < to; m = CAPITALISED.exec(part)) {
    if (misspeltName(lex, m[0].toLowerCase())) return true;
  }
  return false;
}

/**
 * Which sentences of the body may hold a temporal expression: one linear scan of the text, so
 * chrono's thirty-odd parsers run only over those ("He told reporters he was proud." holds none).
 */
export function temporalSentences(ctx: DocContext, spans: [number, number][]): boolean[] {
  const re = scannerFor(ctx.language);
  const lex = lexiconFor(ctx.language);
  let next = -1; // position of the next scanner hit at or after the current sentence start
  return spans.map(([from, to]) => {
    if (next < from) {
      re.lastIndex = from;
      next = re.exec(ctx.text)?.index ?? Infinity;
    }
    return next < to || hasMisspeltName(lex, ctx.text, from, to);
  });
}
