/** Calendar arithmetic on plain UTC dates: no time zone, no clock. */

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export interface Ymd { year: number; month: number; day: number }

export function parseYmd(value: string): Ymd | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : 1, day: m[3] ? Number(m[3]) : 1 } : null;
}

export const toUtc = (d: Ymd): Date => new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
export const fromUtc = (d: Date): Ymd => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });

export function addDays(d: Ymd, n: number): Ymd {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

export const weekdayOf = (d: Ymd): number => toUtc(d).getUTCDay();

export const dayValue = (d: Ymd): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const monthValue = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

/** ISO 8601 week value ("2023-W24"): weeks start on Monday, week 1 holds the first Thursday. */
export function isoWeekValue(d: Ymd): string {
  const t = toUtc(d);
  const dow = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - dow + 3);
  const isoYear = t.getUTCFullYear();
  const jan1 = Date.UTC(isoYear, 0, 1, 12);
  const week = 1 + Math.floor((t.getTime() - jan1) / 86400000 / 7);
  return `${pad(isoYear, 4)}-W${pad(week)}`;
}

/** Month shifted by n months. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const i = year * 12 + (month - 1) + n;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}
