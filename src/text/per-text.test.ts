import { describe, expect, it } from 'vitest';
import { forgetTexts, perText } from './per-text.js';

describe('perText', () => {
  it('builds once per text, again for another text or after forgetTexts()', () => {
    let builds = 0;
    const lengthOf = perText((t) => { builds++; return t.length; });
    expect(lengthOf('abc')).toBe(3);
    expect(lengthOf('abc')).toBe(3);
    expect(builds).toBe(1);
    expect(lengthOf('abcd')).toBe(4);
    expect(builds).toBe(2);
    forgetTexts();
    expect(lengthOf('abcd')).toBe(4);
    expect(builds).toBe(3);
  });
});
