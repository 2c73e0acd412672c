import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, weekdayOf, type Ymd } from '../calendar.js';
import { alternation, LB, RB, type DateLexicon } from '../lexicon.js';
import { readTimex, tagTimex } from '../tags.js';
import { refDay } from '../parsers/relative-period.js';

export type Direction = 'past' | 'future';

/**
 * News reports the past, so a bare weekday or a month without a year is the last one before the
 * document date, unless the words just before it look ahead:
 * "Stoltenberg said on Thursday" (written Saturday 2023-06-17) -> 2023-06-15;
 * "is set to step down in September" (written in June) -> the coming September;
 * "previously mentioned in February" -> the February just gone.
 * The nearest cue before the expression in its sentence decides.
 */
export function createDirectionReader(lex: DateLexicon): (text: string, at: number) => Direction {
  const future = new RegExp(`${LB}(?:${alternation(lex.futureCues)})${RB}`, 'gi');
  const past = new RegExp(`${LB}(?:${alternation(lex.pastCues)})${RB}|[a-zæøå]{3,}ed${RB}`, 'gi');
  return (text: string, at: number): Direction => {
    const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), at - 120, 0);
    const window = text.slice(start, at);
    const f = lastIndex(future, window);
    return f >= 0 && f >= lastIndex(past, window) ? 'future' : 'past';
  };
}

export function createDirectionRefiner(lex: DateLexicon): Refiner {
  const directionAt = createDirectionReader(lex);
  const explicit = new RegExp(`${LB}(?:${alternation(Object.keys(lex.relative).filter((k) => lex.relative[k] !== 0))})${RB}`, 'i');
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      const ref = refDay(context);
      for (const r of results) {
        if ((context.option as { refGrain?: string }).refGrain !== 'day') continue;
        if (explicit.test(r.text) || !readTimex(r).anchored && r.start.isCertain('year')) continue;
        const c = r.start;
        if (c.isCertain('year')) continue;
        const dir = readTimex(r).rule === 'weekday-past' ? 'past' : directionAt(context.text, r.index);
        if (c.isCertain('weekday') && !c.isCertain('day')) setDay(r, weekdayNear(ref, c.get('weekday') ?? 0, dir));
        else if (c.isCertain('weekday') && c.isCertain('month')) setYear(r, yearOfWeekday(ref, c.get('month') ?? 1, c.get('day') ?? 1, c.get('weekday') ?? 0, dir));
        else if (c.isCertain('month')) setYear(r, yearNear(ref, c.get('month') ?? 1, c.isCertain('day') ? c.get('day') : null, dir));
        tagTimex(r, { anchored: true });
      }
      return results;
    },
  };
}

function lastIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

/** The weekday on or before the reference day (past), or on or after it (future). */
export function weekdayNear(ref: Ymd, weekday: number, dir: Direction): Ymd {
  const diff = weekday - weekdayOf(ref);
  if (dir === 'past') return addDays(ref, diff <= 0 ? diff : diff - 7);
  return addDays(ref, diff >= 0 ? diff : diff + 7);
}

/** The year that puts a month (and day) on the given side of the reference day; its own month counts as both. */
export function yearNear(ref: Ymd, month: number, day: number | null, dir: Direction): number {
  const cmp = month !== ref.month ? month - ref.month : day == null ? 0 : day - ref.day;
  if (dir === 'past') return cmp <= 0 ? ref.year : ref.year - 1;
  return cmp >= 0 ? ref.year : ref.year + 1;
}

/** "Wednesday, the 21st of February": the year near the reference in which that day is that weekday. */
export function yearOfWeekday(ref: Ymd, month: number, day: number, weekday: number, dir: Direction): number {
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
