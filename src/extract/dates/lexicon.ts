import { loadData } from '../../data.js';

/** The calendar vocabulary of one language (data/dates-<lang>.json), as our parsers read it. */
export interface DateLexicon {
  numbers: Record<string, number>;
  /** Tens words that may join a units word ("twenty-four"). */
  tens: string[];
  vagueNumbers: string[];
  /** Words after a vague amount of time that make it a vague past or future ("several years ago" -> PAST_REF). */
  vagueAgo?: Record<string, string>;
  /** Words before a bare plural unit that make it the past at large ("in past years" -> PAST_REF). */
  pastPlural?: string[];
  units: Record<string, string>;
  approximators: Record<string, string>;
  durationTail: string[];
  /** Words between an amount and its unit ("two more weeks"). */
  durationMore?: string[];
  notDurationAfter: string[];
  relative: Record<string, number>;
  relativeAsDuration: string[];
  /** Relative words that count from the time the story has reached, not the document date ("the following year", "that year"). */
  narrative?: Record<string, number>;
  /** Relative words that go with one unit only ("the weekend", never "the year"). */
  relativeOnlyFor: Record<string, string>;
  calendarUnits: Record<string, string>;
  unitBefore?: Record<string, string>;
  seasons: Record<string, string>;
  /** Words for the latest season begun ("this past spring"). */
  mostRecent?: string[];
  /** Halves of a year by name ("the last half" of 1989 -> 2). */
  halves?: Record<string, number>;
  ordinals: Record<string, number>;
  partsOfDay: Record<string, string>;
  modifiers: Record<string, string>;
  presentRef: string[];
  pastRef: string[];
  futureRef: string[];
  sets: Record<string, string>;
  setLead: string[];
  /** Words that make a weekday or month name recur ("every", "each" Thursday). */
  setEvery?: string[];
  casual?: Record<string, number>;
  prepositions: string[];
  futureCues: string[];
  pastCues: string[];
  /** Future auxiliaries, after which a word in -ed is a participle ("will be named", "will redeem preferred shares"). */
  futureAux?: string[];
  /** A passive infinitive's auxiliary: "to be" published in November looks ahead. */
  futureInfinitive?: string[];
  /** A word before a bare season that means the next one to begin ("til foråret"). */
  seasonAhead?: string[];
  /** A headline's bare infinitive stands for the future ("Xyz to step down in November"). */
  headlineInfinitive?: string[];
  /** Reporting verbs: past cues only right before the expression ("said on Thursday"), not for the reported content. */
  speechCues: string[];
  /** Words right before a date that make it a deadline ahead ("by Jan. 14", "effective Dec. 7"). */
  deadlineCues: string[];
  /** Words right before a weekday that put it ahead even in a past-tense clause ("postponed until Tuesday"). */
  untilCues?: string[];
  /** Words before a past participle that make it no past tense ("will be named"). */
  passiveAux: string[];
  /** Determiners and possessives after which a past-tense cue is no verb ("his last cabinet meeting"). */
  determiners?: string[];
  /** Company-report comparison words ("year-earlier"), the words before them and the periods after them. */
  yearBack?: string[];
  /** Capitalised nouns after which a year is part of a name, not a date ("the 1922 Committee"). */
  yearNamedHeads?: string[];
  yearBackLead?: string[];
  yearBackUnits?: string[];
  /** Phrases that mean the same period a year back in a report on a quarter ("a year earlier"). */
  yearBackPhrases?: string[];
  /** Decades by name ("the nineties" -> 9) and the words for a century with its ordinals. */
  decadeWords?: Record<string, number>;
  centuryWords?: string[];
  centuryOrdinals?: Record<string, number>;
  /** Number words that open a spelled-out year ("nineteen" ninety-six -> 19). */
  centuryNames?: Record<string, number>;
  /** Month names are written with a capital (English), so a lower-case "march" is no month. */
  monthsCapitalised?: boolean;
  months: Record<string, number>;
  weekdays: Record<string, number>;
}

const cache = new Map<string, DateLexicon>();

/** The lexicon for 'en' or 'da' (other languages get English), read once. */
export function lexiconFor(language: string): DateLexicon {
  const lang = language === 'da' ? 'da' : 'en';
  let lex = cache.get(lang);
  if (!lex) { lex = loadData<DateLexicon>(`dates-${lang}.json`); cache.set(lang, lex); }
  return lex;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** A regex alternation of words, longest first so "the following" wins over "following". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** Looks a matched phrase up in a table, ignoring case and runs of spaces. */
export function lookup<T>(table: Record<string, T>, phrase: string): T | undefined {
  return table[phrase.toLowerCase().replace(/\s+/g, ' ')];
}

/** Letters of English and Danish words, for word boundaries that know "æøå". */
export const L = 'A-Za-zÀ-ÖØ-öø-ÿ';
/** Left boundary: not after a letter or digit. */
export const LB = `(?<![${L}0-9])`;
/** Right boundary: not before a letter or digit. */
export const RB = `(?![${L}0-9])`;
