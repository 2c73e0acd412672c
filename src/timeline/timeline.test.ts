import { describe, expect, it } from 'vitest';
import { extractText } from '../api.js';
import { buildTimeline, timelineKey } from './index.js';

describe('timeline', () => {
  it.each([
    ['2023', '2023-00-00'], ['2023-Q2', '2023-04-00'], ['2023-SU', '2023-06-00'], ['2023-06-15', '2023-06-15'],
    ['2023-W24', '2023-06-01'], ['199X', '1990-00-00'], ['P9Y', null], ['PRESENT_REF', null],
  ])('sort key of %s is %s', (value, key) => expect(timelineKey(value)).toBe(key));

  it('puts every dated fact across documents in date order, with its sentence and document', () => {
    const a = extractText(' date 2023-06-17 He spoke on Thursday. He has led it since 2014.', { id: 'a.txt' });
    const b = extractText(' date 2024-02-21 The summit is in July. It lasted for nine years.', { id: 'b.txt' });
    const timeline = buildTimeline([b, a]);
    expect(timeline.map((t) => [t.date, t.documents[0]])).toEqual([['2014', 'a.txt'], ['2023-06-15', 'a.txt'], ['2024-07', 'b.txt']]);
    expect(timeline[1].event).toBe('He spoke on Thursday.');
    expect(timeline[1].evidence[0].rule).toMatch(/^dates\//);
  });

  it('leaves out durations, sets and undated values', () => {
    const doc = extractText('It lasted for nine years. It meets every year. Now it ends. It ended last year.', { id: 'c.txt' });
    expect(buildTimeline([doc])).toEqual([]);
  });
});
