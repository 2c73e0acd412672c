/** Small TIMEX3 helpers for the story: comparing and shifting calendar values without a clock. */

/** Adds a duration (P1Y, P6M) to a calendar value (2023-09, 2023-09-30, 2023); null when either is vague. */
export function addDuration(value: string | null | undefined, duration: string | null | undefined): string | null {
  if (!value || !duration) return null;
  const d = /^P(\d+)([YM])$/.exec(duration);
  const v = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!d || !v) return null;
  const n = Number(d[1]);
  let year = Number(v[1]); let month = v[2] ? Number(v[2]) : null;
  if (d[2] === 'Y') year += n;
  else if (month === null) return null;
  else { month += n; year += Math.floor((month - 1) / 12); month = ((month - 1) % 12) + 1; }
  return [String(year), month === null ? null : String(month).padStart(2, '0'), v[3] ?? null].filter(Boolean).join('-');
}

/** Two values that can name the same time: one refines the other (2023-09 and 2023-09-30; 2024 and 2024-SU). */
export function compatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** The more specific of two compatible values. */
export function finer(a: string, b: string): string {
  return a.length >= b.length ? a : b;
}

/** Orders TIMEX values; vague values sort after the precise ones they contain. */
export function compareTimex(a: string | null | undefined, b: string | null | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  if (b.startsWith(a)) return 1;
  if (a.startsWith(b)) return -1;
  return a < b ? -1 : 1;
}

/** Only calendar values (2023, 2023-07, 2023-07-11, 2024-Q1, 2024-SU) make sense on a timeline. */
export const isCalendar = (v: string | null | undefined): v is string => typeof v === 'string' && /^\d{4}(?:-[\dQWSUFAI]{1,3}){0,2}$/.test(v);
