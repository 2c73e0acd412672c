import { describe, expect, it } from 'vitest';
import { partRanges, splitInput } from './split.js';

const paragraph = (n: number): string => `Paragraph ${n} tells what the council decided. It goes on a while.\n\n`;

describe('partRanges', () => {
  it('covers the text exactly, in order, each part at most max', () => {
    const text = Array.from({ length: 200 }, (_, i) => paragraph(i)).join('');
    const ranges = partRanges(text, 1000);
    expect(ranges[0][0]).toBe(0);
    expect(ranges[ranges.length - 1][1]).toBe(text.length);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i][0]).toBe(ranges[i - 1][1]);
    for (const [s, e] of ranges) expect(e - s).toBeLessThanOrEqual(1000);
  });
  it.each([
    ['a blank line', 'word '.repeat(150) + '\n\n' + 'word '.repeat(150), '\n\n'],
    ['a line end when there is no blank line', 'word '.repeat(150) + '\n' + 'word '.repeat(150), '\n'],
    ['a sentence end when there is no line end', 'word '.repeat(150) + 'end. ' + 'word '.repeat(150), 'end. '],
  ])('cuts after %s', (_, text, sep) => {
    const [[, end]] = partRanges(text, 1000);
    expect(text.slice(0, end).endsWith(sep)).toBe(true);
  });
  it('a text with no space at all is cut hard, never inside a surrogate pair', () => {
    const text = 'x'.repeat(999) + '😀'.repeat(600);
    const ranges = partRanges(text, 1000);
    for (const [s] of ranges) expect(text.charCodeAt(s) >= 0xdc00 && text.charCodeAt(s) <= 0xdfff).toBe(false);
    expect(ranges.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
  });
  it('a text at or under max is one part', () => {
    expect(partRanges('short text', 1000)).toEqual([[0, 10]]);
  });
});

describe('splitInput', () => {
  it('leaves a small document alone', () => {
    const input = { id: 'a.txt', text: 'Hello.' };
    expect(splitInput(input, 1000)).toEqual([input]);
    expect(splitInput({ id: 'b.txt', text: 'x'.repeat(5000) }, 0)).toHaveLength(1);
  });
  it('names parts ID#N, gives code-point offsets in the file and keeps the header date for later parts', () => {
    const text = ' date 2024-02-01 ' + '🇩🇰 '.repeat(100) + Array.from({ length: 100 }, (_, i) => paragraph(i)).join('');
    const parts = splitInput({ id: 'big.txt', text, warnings: ['decoded as Windows-1252'] }, 2000);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.map((p) => p.id)).toEqual(parts.map((_, i) => `big.txt#${i + 1}`));
    const cps = [...text];
    for (const p of parts) {
      expect(p.part).toMatchObject({ of: 'big.txt', count: parts.length });
      expect(cps.slice(p.part!.offset, p.part!.offset + [...p.text].length).join('')).toBe(p.text);
    }
    expect(parts[0].headerDate).toBeUndefined();
    expect(parts.slice(1).every((p) => p.headerDate === '2024-02-01')).toBe(true);
    expect(parts[0].warnings).toEqual(['decoded as Windows-1252', expect.stringContaining(`read in ${parts.length} parts`)]);
    expect(parts[1].warnings).toEqual([]);
  });
});
