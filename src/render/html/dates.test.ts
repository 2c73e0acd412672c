import { describe, expect, it } from 'vitest';
import { dayNumber, readableDate, timexRange, ymd } from './dates.js';

const d = (y: number, m: number, day = 1): number => dayNumber(y, m, day);

describe('timexRange', () => {
  it.each([
    ['2023-06-15', d(2023, 6, 15), d(2023, 6, 15)],
    ['2023-06-15T10:00', d(2023, 6, 15), d(2023, 6, 15)],
    ['2023-06', d(2023, 6, 1), d(2023, 6, 30)],
    ['2024-02', d(2024, 2, 1), d(2024, 2, 29)],
    ['2024-Q1', d(2024, 1, 1), d(2024, 3, 31)],
    ['2024-H2', d(2024, 7, 1), d(2024, 12, 31)],
    ['2024-SU', d(2024, 6, 1), d(2024, 8, 31)],
    ['2023-WI', d(2023, 12, 1), d(2024, 2, 29)],
    ['2023-W24', d(2023, 6, 12), d(2023, 6, 18)],
    ['2014', d(2014, 1, 1), d(2014, 12, 31)],
    ['201X', d(2010, 1, 1), d(2019, 12, 31)],
  ])('%s', (value, start, end) => {
    expect(timexRange(value)).toEqual({ start, end });
  });

  it.each(['', 'PRESENT_REF', 'P1Y', '2023-13', '2023-02-30', 'XXXX-06', 'soon', '2023-W60'])('%j has no place on a timeline', (value) => {
    expect(timexRange(value)).toBeNull();
  });
});

describe('readableDate', () => {
  it.each([
    ['2023-06-15', '15 Jun 2023'],
    ['2023-06', 'Jun 2023'],
    ['2014', '2014'],
    ['2024-Q1', '2024-Q1'],
    ['PRESENT_REF', 'now'],
    ['P1Y', '1 year'],
    ['P3M', '3 months'],
    ['PXY', 'years'],
    [null, ''],
  ])('%j -> %j', (value, expected) => {
    expect(readableDate(value)).toBe(expected);
  });

  it('round-trips day numbers', () => {
    expect(ymd(d(2024, 2, 29))).toEqual({ y: 2024, m: 2, d: 29 });
  });
});
