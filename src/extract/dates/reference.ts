import type { ParsingReference } from 'chrono-node';
import { parseYmd, toUtc } from './calendar.js';

/** Reference instant for chrono from a TIMEX3-style document date (noon UTC, so no zone shifts a day). */
export function referenceOf(value: string): ParsingReference {
  const d = parseYmd(value) ?? { year: 2000, month: 1, day: 1 };
  return { instant: toUtc(d), timezone: 0 };
}

/** How much of a reference value is known: "2023" knows the year only. */
export function grainOf(value: string | null): 'none' | 'year' | 'month' | 'day' {
  if (!value) return 'none';
  const parts = value.split('-').length;
  return parts >= 3 ? 'day' : parts === 2 ? 'month' : 'year';
}
