import { loadData } from '../../data.js';
import { addDays, weekdayOf, type Ymd } from './calendar.js';

/** A holiday's rule (data/dates-holidays.json): a fixed day, days from Easter, or the nth weekday of a month. */
export interface HolidayRule { fixed?: string; easter?: number; nth?: [number, number, number] }

/** The holidays of a language, by lower-case name. */
export function holidaysFor(language: string): Record<string, HolidayRule> {
  return loadData<Record<string, Record<string, HolidayRule>>>('dates-holidays.json')[language === 'da' ? 'da' : 'en'] ?? {};
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Ymd {
  const a = year % 19; const b = Math.floor(year / 100); const c = year % 100;
  const d = Math.floor(b / 4); const e = b % 4; const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3); const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4); const k = c % 4; const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The n-th (n = -1: last) given weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Ymd {
  if (n < 0) {
    // the last one: count back from the month's last day (the day before the next month's first)
    const lastDay = addDays(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 }, -1);
    return addDays(lastDay, -((weekdayOf(lastDay) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}

/** The day a holiday falls on in a year. */
export function holidayIn(rule: HolidayRule, year: number): Ymd {
  if (rule.fixed) { const [m, d] = rule.fixed.split('-').map(Number); return { year, month: m, day: d }; }
  if (rule.easter !== undefined) return addDays(easterSunday(year), rule.easter);
  const [month, weekday, n] = rule.nth ?? [1, 0, 1];
  return nthWeekday(year, month, weekday, n);
}
