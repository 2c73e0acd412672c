import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays } from '../calendar.js';
import { lookup, type DateLexicon } from '../lexicon.js';
import { refDay } from '../parsers/relative-period.js';
import { tagTimex } from '../tags.js';

/** chrono's tags for the casual day word it read. */
const YESTERDAY = 'casualReference/yesterday';
const TOMORROW = 'casualReference/tomorrow';
const PART_TAG = /^casualReference\/(\w+)$/;

/**
 * A part of the day before its day: "mid-afternoon yesterday" is yesterday afternoon (1989-11-01TAF),
 * but chrono, merging the time first, keeps today's date. Its tags still name both words, so the
 * day and the part are set from them.
 */
export function createTimeFirstRefiner(lex: DateLexicon): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      for (const r of results) {
        if (r.start.isCertain('day')) continue;
        const tags = r.tags();
        const shift = tags.has(YESTERDAY) ? -1 : tags.has(TOMORROW) ? 1 : 0;
        if (!shift) continue;
        const d = addDays(refDay(context), shift);
        r.start.assign('year', d.year).assign('month', d.month).assign('day', d.day);
        const part = [...tags].map((t) => lookup(lex.partsOfDay, PART_TAG.exec(t)?.[1] ?? '')).find(Boolean);
        if (part) tagTimex(r, { part });
      }
      return results;
    },
  };
}
