/**
 * TIMEX3 values as day ranges, so the timeline can place them. Pure arithmetic on the value:
 * no clock, no time zone (Date.UTC only converts a calendar date to a day number).
 */
export interface DayRange { start: number; end: number }

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function day(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY;
}

function monthRange(y: number, m1: number, m2: number): DayRange {
  return { start: day(y, m1, 1), end: day(y, m2 + 1, 1) - 1 };
}

// Seasons as TIMEX3 writes them; winter runs into the next year.
const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], AU: [9, 11], WI: [12, 14] };

/** "2023-06-15" -> that day; "2023-06" -> June; "2024-Q1", "2024-SU", "2023-W24", "2014", "201X". */
export function timexRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const n = day(y, mo, d);
    if (mo < 1 || mo > 12 || new Date(n * DAY).getUTCDate() !== d) return null;
    return { start: n, end: n };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? monthRange(Number(m[1]), mo, mo) : null;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return monthRange(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return monthRange(Number(m[1]), Number(m[2]) * 6 - 5, Number(m[2]) * 6);
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value))) return monthRange(Number(m[1]), ...SEASONS[m[2]]);
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return isoWeek(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})$/.exec(value))) return monthRange(Number(m[1]), 1, 12);
  if ((m = /^(\d{3})X$/.exec(value))) return { start: day(Number(m[1]) * 10, 1, 1), end: day(Number(m[1]) * 10 + 10, 1, 1) - 1 };
  return null;
}

function isoWeek(y: number, w: number): DayRange | null {
  if (w < 1 || w > 53) return null;
  const jan4 = day(y, 1, 4);
  const weekday = (new Date(jan4 * DAY).getUTCDay() + 6) % 7; // Monday = 0
  const start = jan4 - weekday + (w - 1) * 7;
  return { start, end: start + 6 };
}

/** Calendar parts of a day number. */
export function ymd(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function dayNumber(y: number, m: number, d = 1): number {
  return day(y, m, d);
}

export function monthName(m: number): string {
  return MONTHS[m - 1] ?? '';
}

const REFS: Record<string, string> = { PRESENT_REF: 'now', PAST_REF: 'earlier', FUTURE_REF: 'later' };
const UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day' };

/** "P1Y" -> "1 year", "P3M" -> "3 months", "PXY" -> "years"; null for anything else. */
function readableDuration(value: string): string | null {
  const m = /^P(\d+|X)([YMWD])$/.exec(value);
  if (!m) return null;
  const unit = UNITS[m[2]];
  if (m[1] === 'X') return `${unit}s`;
  return `${Number(m[1])} ${unit}${m[1] === '1' ? '' : 's'}`;
}

/** A TIMEX3 value as people read it: "2023-06-15" -> "15 Jun 2023", "2023-06" -> "Jun 2023", "PRESENT_REF" -> "now". */
export function readableDate(value: string | null | undefined): string {
  if (!value) return '';
  if (REFS[value]) return REFS[value];
  const duration = readableDuration(value);
  if (duration) return duration;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return value;
  return m[3] ? `${Number(m[3])} ${monthName(Number(m[2]))} ${m[1]}` : `${monthName(Number(m[2]))} ${m[1]}`;
}
