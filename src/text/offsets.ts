/**
 * JavaScript strings index UTF-16 code units; the JSON contract counts code points.
 * Extractors work in UTF-16 indices and convert once, when a span leaves the document,
 * through an OffsetMap built once per document.
 */
export interface OffsetMap {
  /** Code-point offset of a UTF-16 index. */
  toCodePoint(index16: number): number;
  /** UTF-16 index of a code-point offset. */
  toUtf16(indexCp: number): number;
}

export function buildOffsetMap(text: string): OffsetMap {
  // Positions (UTF-16) of the high surrogates of astral characters, ascending.
  const astral: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { astral.push(i); i++; }
    }
  }
  if (astral.length === 0) return { toCodePoint: (i) => i, toUtf16: (i) => i };
  // Number of astral pairs that end at or before a UTF-16 index.
  const pairsBefore = (index16: number): number => {
    let lo = 0; let hi = astral.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (astral[mid] + 1 < index16) lo = mid + 1; else hi = mid; }
    return lo;
  };
  return {
    toCodePoint: (i) => i - pairsBefore(i),
    toUtf16: (cp) => {
      // each astral pair before the target adds one unit
      let lo = 0; let hi = astral.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (astral[mid] - mid < cp) lo = mid + 1; else hi = mid; }
      return cp + lo;
    },
  };
}
