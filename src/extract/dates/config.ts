// The English locale only: the package root loads every locale chrono has (about 0.6 s more per thread).
import { Chrono, casual as enCasual, strict as enStrict } from 'chrono-node/en';
import type { Parser, Refiner } from 'chrono-node';
import { alternation, lexiconFor, type DateLexicon } from './lexicon.js';
import { hasMisspeltName } from './prescan.js';
import { createAgoParser, createCasualDayParser } from './parsers/casual-day.js';
import { createDurationParser } from './parsers/duration.js';
import { gated, gatedChrono } from './parsers/gated.js';
import { createMonthNameParser, createRelativeMonthParser } from './parsers/month-name.js';
import { createLatestQuarterParser, createQuarterParser } from './parsers/quarter.js';
import { createRefWordParser, createSetParser } from './parsers/ref-words.js';
import { createRelativePeriodParser } from './parsers/relative-period.js';
import { createSeasonParser } from './parsers/season.js';
import { createHalfParser } from './parsers/half.js';
import { createVagueDurationParser } from './parsers/vague-duration.js';
import { createPastPluralParser, createVagueAgoParser } from './parsers/vague-ago.js';
import { createMisspeltNameParser, createWeekdayParser } from './parsers/weekday.js';
import { createYearParser } from './parsers/year.js';
import { createYearBackParser } from './parsers/year-back.js';
import { createYearPeriodParser } from './parsers/year-period.js';
import { createDecadeParser } from './parsers/decade.js';
import { createSpelledYearParser } from './parsers/spelled-year.js';
import { createFiscalYearParser } from './parsers/fiscal-year.js';
import { createFullYearParser } from './parsers/full-year.js';
import { createHolidayParser } from './parsers/holiday.js';
import { createRecurringNameParser } from './parsers/recurring-name.js';
import { holidaysFor } from './holidays.js';
import { amountsRefiner } from './refiners/amounts.js';
import { createTimeFirstRefiner } from './refiners/time-first.js';
import { createDirectionRefiner } from './refiners/direction.js';
import { createEdgeRefiner } from './refiners/edges.js';
import { createEventRelativeRefiner } from './refiners/event-relative.js';
import { lookBehindOnly } from './refiners/end-of-period.js';
import { isOwn } from './tags.js';
import { preferOwnRefiner } from './refiners/prefer-own.js';
import { splitRangesRefiner } from './refiners/split-ranges.js';
import { unlikelyRefiner } from './refiners/unlikely.js';
import { weekdayMergeRefiner } from './refiners/weekday-merge.js';

/** A parser a language may lack (null), behind its gate. */
const optional = (parser: Parser | null, gate: RegExp): Parser[] => (parser ? [gated(parser, gate)] : []);

/** A gate for a parser whose every match holds one of these words (see parsers/gated.ts). */
const anyOf = (words: string[]): RegExp => new RegExp(alternation(words.map((w) => w.split(' ').pop() ?? w)), 'i');

/** The plural units of a lexicon ("years", "måneder"), for gates. */
const plurals = (lex: DateLexicon): string => alternation(Object.keys(lex.units).filter((u) => lex.units[u] !== 'WE' && (u.endsWith('s') || u.endsWith('r'))));
/** A gate for "<plural unit> <tail>" ("years ago"): the tail first, so the engine skips quickly to it. */
const unitThen = (lex: DateLexicon, tails: string[]): RegExp => new RegExp(`(?:${alternation(tails)})(?<=(?:${plurals(lex)})\\s+(?:${alternation(tails)}))`, 'i');
/** A gate for "<word> <plural unit>" ("past years"). */
const thenUnit = (lex: DateLexicon, words: string[]): RegExp => new RegExp(`(?:${alternation(words)})\\s+(?:${plurals(lex)})`, 'i');

/**
 * Parsers every language shares, fed by that language's lexicon (data/dates-<lang>.json), each
 * behind a gate of the words its pattern cannot match without.
 */
function sharedParsers(lang: string): Parser[] {
  const lex = lexiconFor(lang);
  const units = Object.keys(lex.units);
  return [
    gated(createDurationParser(lex), anyOf(units)),
    ...optional(createVagueAgoParser(lex), unitThen(lex, Object.keys(lex.vagueAgo ?? {}))),
    ...optional(createPastPluralParser(lex), thenUnit(lex, lex.pastPlural ?? [])),
    gated(createVagueDurationParser(), /years|decades|centuries|months|weeks|days|hours|år|måneder|uger|dage|timer|vis/i),
    gated(createSetParser(lex), anyOf(Object.keys(lex.sets))), createRefWordParser(lex),
    ...optional(createRecurringNameParser(lex), new RegExp(`(?:${alternation(lex.setEvery ?? [])})\\s+(?:${alternation([...Object.keys(lex.weekdays), ...Object.keys(lex.months)])})`, 'i')),
    gated(createRelativePeriodParser(lex), anyOf(Object.keys(lex.calendarUnits))),
    gated(createRelativeMonthParser(lex), new RegExp(`(?:${alternation(Object.keys(lex.relative))})\\s+(?:${alternation(Object.keys(lex.months))})`, 'i')),
    gated(createQuarterParser(lex), new RegExp(`Q[1-4]|${alternation(units.filter((u) => lex.units[u] === 'Q'))}`, 'i')),
    gated(createSeasonParser(lex), anyOf(Object.keys(lex.seasons))),
    ...optional(createHalfParser(lex), new RegExp(alternation(Object.keys(lex.halves ?? {})), 'i')),
    gated(createYearParser(lex), /(?:1[6-9]|20)\d\d/), ...optional(createSpelledYearParser(lex), /teen|thousand/i),
    ...optional(createDecadeParser(lex), new RegExp(`${alternation([...Object.keys(lex.decadeWords ?? {}), ...(lex.centuryWords ?? [])].map((w) => w.split(' ').pop() ?? w))}|['’]\\d0`, 'i')),
    ...optional(createHolidayParser(lex, lang), new RegExp(alternation(Object.keys(holidaysFor(lang))), 'i')),
    // it matches every capitalised word; most texts hold no misspelt name at all
    gated(createMisspeltNameParser(lex), (text) => hasMisspeltName(lex, text)),
  ];
}

/**
 * chrono's filters drop a result whose text is all digits ("2014"); our bare-year parser means it.
 * Filters (not mergers) see only chrono's own results.
 */
function sparingOwn(refiner: Refiner): Refiner {
  if (refiner.constructor.name === 'ENEndOfPeriodRefiner') return lookBehindOnly(refiner);
  if (!/Filter$/.test(refiner.constructor.name)) return refiner;
  return {
    refine(context, results) {
      const kept = refiner.refine(context, results.filter((r) => !isOwn(r)));
      return [...kept, ...results.filter(isOwn)].sort((a, b) => a.index - b.index);
    },
  };
}

/**
 * English: chrono's casual configuration plus our parsers. Ours go first and preferOwnRefiner runs
 * before chrono's refiners, so "for nine years" stays a duration. The edge refiner (span edges,
 * modifiers) and the direction refiner (past or future) run last, on the merged results.
 */
function createEnglish(): Chrono {
  const lex = lexiconFor('en');
  const base = enCasual.clone();
  base.parsers.unshift(...sharedParsers('en'), gated(createMonthNameParser(lex, true), anyOf(Object.keys(lex.months))),
    gated(createLatestQuarterParser(), /quarter|period/i), gated(createFiscalYearParser(), /year\s+(?:that\s+)?(?:ended|ending|to)/i), gated(createFullYearParser(), /full\s+year/i), ...optional(createYearBackParser(lex), /year-(?:earlier|ago)/i),
    ...optional(createYearPeriodParser(lex), new RegExp(`\\d\\s+(?:${alternation(lex.yearBackUnits ?? [])})`, 'i')));
  base.parsers = base.parsers.map(gatedChrono);
  base.refiners = base.refiners.map(sparingOwn);
  base.refiners.unshift(preferOwnRefiner);
  base.refiners.push(amountsRefiner, createEventRelativeRefiner(lex), createTimeFirstRefiner(lex), splitRangesRefiner, weekdayMergeRefiner, createEdgeRefiner(lex), unlikelyRefiner, createDirectionRefiner(lex));
  return base;
}

/**
 * Danish: chrono has no Danish locale, so the configuration is ours: month and weekday names from
 * data/dates-da.json, the shared parsers, and chrono's language-free ISO parser ("2023-06-17").
 */
function createDanish(): Chrono {
  const lex = lexiconFor('da');
  const iso = enStrict.parsers.filter((p) => p.constructor.name === 'ISOFormatParser');
  return new Chrono({
    parsers: [...iso, ...sharedParsers('da'), createMonthNameParser(lex), createWeekdayParser(lex),
      ...[createCasualDayParser(lex), createAgoParser(lex)].filter((p): p is Parser => p !== null)],
    refiners: [preferOwnRefiner, weekdayMergeRefiner, createEdgeRefiner(lex), createDirectionRefiner(lex)],
  });
}

const built = new Map<string, Chrono>();

/** The configured chrono for a document language, built once. */
export function chronoFor(language: string): Chrono {
  const lang = language === 'da' ? 'da' : 'en';
  let c = built.get(lang);
  if (!c) { c = lang === 'da' ? createDanish() : createEnglish(); built.set(lang, c); }
  return c;
}
