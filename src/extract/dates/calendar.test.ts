import { describe, expect, it } from 'vitest';
import { isoWeekValue } from './calendar.js';
import { weekdayNear, yearNear } from './refiners/direction.js';

describe('calendar', () => {
  it.each([
    [{ year: 2023, month: 6, day: 10 }, '2023-W23'],
    [{ year: 2021, month: 1, day: 1 }, '2020-W53'],
    [{ year: 2024, month: 12, day: 30 }, '2025-W01'],
    [{ year: 2026, month: 1, day: 1 }, '2026-W01'],
  ])('ISO week of %o is %s', (d, week) => expect(isoWeekValue(d)).toBe(week));

  const sat = { year: 2023, month: 6, day: 17 };
  it.each([
    [4, 'past', { year: 2023, month: 6, day: 15 }],
    [4, 'future', { year: 2023, month: 6, day: 22 }],
    [6, 'past', sat],
  ] as const)('weekday %i, %s, from Saturday 2023-06-17', (wd, dir, expected) => expect(weekdayNear(sat, wd, dir)).toEqual(expected));

  it.each([
    [9, null, 'future', 2023], [2, null, 'past', 2023], [7, null, 'past', 2022], [2, null, 'future', 2024],
    [9, null, null, 2023], [1, null, null, 2023], [6, 14, 'future', 2023],
  ] as const)('month %i day %s, %s, from June 2023 -> %i', (m, d, dir, y) => expect(yearNear(sat, m, d, dir)).toBe(y));
});
