import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, weekdayOf, type Ymd } from '../calendar.js';
import { alternation, LB, RB, type DateLexicon } from '../lexicon.js';
import { readTimex, tagTimex } from '../tags.js';
import { refDay } from '../parsers/relative-period.js';
import { createSentenceTenseReader, farLean, lastIndex, type Direction } from './sentence-tense.js';

export type { Direction } from './sentence-tense.js';

/**
 * Reads the tense just before an expression, within its clause: the nearest cue wins.
 * "is set to step down in September" -> future; "previously mentioned in February" -> past;
 * no cue -> null (the caller decides: a weekday is then past, a month the nearest one).
 */
export function createDirectionReader(lex: DateLexicon): (text: string, at: number, end?: number, dated?: boolean) => Direction | null {
  const future = new RegExp(`${LB}(?:${alternation(lex.futureCues)})${RB}`, 'gi');
  const aux = lex.passiveAux.length ? `(?<!${LB}(?:${lex.passiveAux.join('|')})\\s)` : '';
  // a listed past form, or a regular past tense in -ed that is not a passive after "be" ("will be named")
  // (after a determiner it is no verb: "his last cabinet meeting on Tuesday", "their left flank")
  const determiner = lex.determiners?.length ? `(?<!${LB}(?:${lex.determiners.join('|')})\\s)` : '';
  const past = new RegExp(`${aux}${determiner}${LB}(?:${alternation(lex.pastCues)})${RB}`, 'gi');
  // lower-case only, so "United States" is no past tense
  const pastEd = new RegExp(`${aux}${LB}[a-z]{2,}ed${RB}`, 'g');
  // "guidelines to be published in early November": a passive infinitive looks ahead
  const toBe = lex.futureInfinitive?.length ? new RegExp(`${LB}(?:${alternation(lex.futureInfinitive)})\\s+[a-zæøå]{2,}(?:ed|en|et|t)${RB}`, 'gi') : null;
  // "Acme chief Jane Porter to step down in November": in a headline the bare infinitive is the future
  const headlineTo = lex.headlineInfinitive?.length ? new RegExp(`${LB}(?:${alternation(lex.headlineInfinitive)})\\s+[a-zæøå]{2,}${RB}`, 'g') : null;
  const modal = lex.futureAux?.length ? new RegExp(`${LB}(?:${alternation(lex.futureAux)})${RB}`, 'gi') : null;
  const deadline = new RegExp(`${LB}(?:${alternation(lex.deadlineCues)})\\s+(?:on\\s+|the\\s+)?$`, 'i');
  const untilWeekday = lex.untilCues?.length ? new RegExp(`${LB}(?:${alternation(lex.untilCues)})\\s+$`, 'i') : null;
  const speech = new RegExp(`${LB}(?:${alternation(lex.speechCues)})\\s+(?:\\S+\\s+){0,2}$`, 'i');
  // the clause: after the last comma, semicolon, colon or quotation mark
  const clause = (s: string): string => s.replace(/^.*[;:,"“”]/s, (m) => ' '.repeat(m.length));
  const decide = (window: string): Direction | null => {
    const f = Math.max(lastIndex(future, window), toBe ? lastIndex(toBe, window) : -1);
    // after "will", a word in -ed is a participle or an adjective: "will redeem preferred shares on Oct. 31"
    const ed = lastIndex(pastEd, window); const a = modal ? lastIndex(modal, window) : -1;
    const p = Math.max(lastIndex(past, window), a >= 0 && ed > a ? -1 : ed);
    if (f < 0 && p < 0) return null;
    // "planned", "scheduled": a future cue that also looks like a past tense is a future cue
    return f >= p ? 'future' : 'past';
  };
  return (text: string, at: number, end = at, dated = true): Direction | null => {
    const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), at - 120, 0);
    const before = clause(text.slice(start, at));
    // "by Jan. 14": a date after a deadline word lies ahead; a weekday follows the tense ("had filed by Wednesday")
    // but "was an outsider until July", "had been seen as ... until July" look back
    if (dated && deadline.test(before)) return untilWeekday?.test(before) && PAST_STATE.test(before) ? 'past' : 'future';
    // "postponed until Tuesday morning": waiting until a weekday looks ahead whatever the tense
    // but a sentence that opens with it ("Until Thursday, they had not called him a suspect") follows its verb
    if (!dated && untilWeekday?.test(before) && /[\p{L}\d]/u.test(before.replace(untilWeekday, ''))) return 'future';
    // "Wednesday's ruling", "before Friday's purchases": a weekday named as a possessive is one gone
    if (!dated && /^['’]s\b/.test(text.slice(end))) return 'past';
    if (speech.test(before)) return 'past';
    const cue = decide(before);
    if (cue) return cue;
    if (headlineTo && lastIndex(headlineTo, before) >= 0 && isHeadline(text, start, end)) return 'future';
    // "In January, the company brought in ...": the verb follows
    const after = /^[^.;:!?\n]{0,80}/.exec(text.slice(end))?.[0].replace(/^\s*,/, '').split(/[,"“”]/)[0] ?? '';
    return decide(` ${firstCue(after)}`);
  };
}

// a state in the past that lasted until a date: "was", "were", "had" (English), "var", "havde" (Danish)
const PAST_STATE = /(?<![\p{L}])(?:was|were|had|var|havde)(?![\p{L}])/iu;

/**
 * Whether the line holding [at, end) is a headline: it starts a line, ends with no sentence
 * punctuation and is followed by a blank line, the end of the text or (in the text the date stage
 * gives chrono) the separator between runs of sentences. A hard-wrapped line of wire copy goes on
 * in the next line, so it is none.
 */
function isHeadline(text: string, at: number, end: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', end); if (to < 0) to = text.length;
  if (to - from > 160 || /[.!?:;,"”’]\s*$/u.test(text.slice(from, to))) return false;
  return /^(?:\n\s*\n|\n;\n|\s*$)/u.test(text.slice(to, to + 4)) || to === text.length;
}

/** The text up to and including the first cue word after the expression (so the first cue decides). */
function firstCue(after: string): string {
  return after.split(/\s+/).slice(0, 6).join(' ');
}

/**
 * News reports the past, so a bare weekday is the last one on or before the document date unless the
 * words before it look ahead; a month without a year follows the tense, else the nearest such month:
 * "the minister said on Thursday" (written Saturday 2023-06-17) -> 2023-06-15;
 * "is set to step down in September" (written in June) -> the coming September;
 * "previously mentioned in February" -> the February just gone.
 */
export function createDirectionRefiner(lex: DateLexicon): Refiner {
  const directionAt = createDirectionReader(lex);
  const sentenceAt = createSentenceTenseReader(lex);
  const explicit = new RegExp(`${LB}(?:${alternation(Object.keys(lex.relative).filter((k) => lex.relative[k] !== 0))})${RB}`, 'i');
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      if ((context.option as { refGrain?: string }).refGrain !== 'day') return results;
      const ref = refDay(context);
      for (const r of results) {
        const c = r.start;
        if (explicit.test(r.text) || c.isCertain('year') || readTimex(r).value) continue;
        const onlyWeekday = c.isCertain('weekday') && !c.isCertain('day');
        const rule = readTimex(r).rule;
        const cue = rule === 'weekday-past' ? 'past' : rule === 'weekday-future' ? 'future' : directionAt(context.text, r.index, r.index + r.text.length, !onlyWeekday);
        if (c.isCertain('weekday') && !c.isCertain('day')) setDay(r, weekdayNear(ref, c.get('weekday') ?? 0, cue ?? 'past'));
        else if (c.isCertain('weekday') && c.isCertain('month')) setYear(r, yearOfWeekday(ref, c.get('month') ?? 1, c.get('day') ?? 1, c.get('weekday') ?? 0, cue ?? 'past'));
        else if (c.isCertain('month')) {
          const day = c.isCertain('day') ? c.get('day') : null;
          setYear(r, yearNear(ref, c.get('month') ?? 1, day, cue ?? farLean(ref, c.get('month') ?? 1, day, () => sentenceAt(context.text, r.index))));
        }
        tagTimex(r, { anchored: true });
      }
      return results;
    },
  };
}

/** The weekday on or before the reference day (past), or on or after it (future). */
export function weekdayNear(ref: Ymd, weekday: number, dir: Direction): Ymd {
  const diff = weekday - weekdayOf(ref);
  if (dir === 'past') return addDays(ref, diff <= 0 ? diff : diff - 7);
  return addDays(ref, diff >= 0 ? diff : diff + 7);
}

/**
 * The year that puts a month (and day) on the given side of the reference day; its own month counts
 * as both. Looking ahead, a date up to a month gone still counts ("by Jan. 14", written Jan. 15).
 * With no direction, the nearest: "July" written in February is the coming July.
 */
export function yearNear(ref: Ymd, month: number, day: number | null, dir: Direction | null): number {
  const months = (month - ref.month) + ((day ?? ref.day) - ref.day) / 31;
  const cmp = month !== ref.month ? month - ref.month : day == null ? 0 : day - ref.day;
  if (dir === 'past') return cmp <= 0 ? ref.year : ref.year - 1;
  if (dir === 'future') return months >= -1 ? ref.year : ref.year + 1;
  // no cue: the nearest such month (measured on TempEval-3 training data, a past-leaning window did no better)
  return months >= 6 ? ref.year - 1 : months < -6 ? ref.year + 1 : ref.year;
}

/** "Wednesday, the 21st of February": the year near the reference in which that day is that weekday. */
export function yearOfWeekday(ref: Ymd, month: number, day: number, weekday: number, dir: Direction | null): number {
  const near = yearNear(ref, month, day, dir);
  for (const y of [near, ref.year, ref.year - 1, ref.year + 1]) if (weekdayOf({ year: y, month, day }) === weekday) return y;
  return near;
}

function setDay(r: ParsingResult, d: Ymd): void {
  r.start.imply('year', d.year).imply('month', d.month).imply('day', d.day);
}

function setYear(r: ParsingResult, year: number): void {
  r.start.imply('year', year);
}
