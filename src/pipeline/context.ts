import type { Evidence, Language, Span } from '../model.js';
import { buildOffsetMap, type OffsetMap } from '../text/offsets.js';
import type { SentenceSpan } from '../text/sentences.js';

/**
 * Everything an extractor may read about one document. Extractors work in UTF-16 indices of
 * `text` (plain JavaScript string indices) and turn them into contract spans (code points)
 * with `span()` and `evidence()`. No I/O and no clock: the reference date comes from here.
 */
export class DocContext {
  readonly offsets: OffsetMap;
  /** Sentence starts, for binary search. */
  private readonly starts: number[];

  constructor(
    /** Document id (contract). */
    readonly id: string,
    /** Decoded text, BOM removed, otherwise unchanged. */
    readonly text: string,
    /** UTF-16 index where the article body starts (after a date header). */
    readonly bodyStart: number,
    readonly language: Language,
    readonly sentences: SentenceSpan[],
    /** Reference date for relative expressions (YYYY-MM-DD, YYYY-MM or YYYY), or null. */
    public refDate: string | null,
  ) {
    this.offsets = buildOffsetMap(text);
    this.starts = sentences.map((s) => s.start);
  }

  /** A contract span for UTF-16 [start, end). */
  span(start: number, end: number): Span {
    return { text: this.text.slice(start, end), start: this.offsets.toCodePoint(start), end: this.offsets.toCodePoint(end) };
  }

  /** Index of the sentence that contains UTF-16 index `at` (or the last one before it). */
  sentenceIndex(at: number): number {
    let lo = 0; let hi = this.starts.length - 1; let ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= at) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans;
  }

  sentenceText(index: number): string {
    const s = this.sentences[index];
    return s ? this.text.slice(s.start, s.end) : '';
  }

  /** Provenance for a fact found at UTF-16 index `at` by `rule`. */
  evidence(rule: string, at: number): Evidence {
    const i = this.sentenceIndex(at);
    const s = this.sentences[i] ?? { start: at, end: at };
    return {
      document: this.id,
      rule,
      sentence: i,
      sentenceText: this.text.slice(s.start, s.end),
      sentenceStart: this.offsets.toCodePoint(s.start),
      sentenceEnd: this.offsets.toCodePoint(s.end),
    };
  }
}
