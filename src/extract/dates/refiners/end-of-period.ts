import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** What chrono's ENEndOfPeriodRefiner needs just before a result ("the end of | this month"). */
const NEEDS = /of\s*(?:the\s*)?$/i;

/**
 * chrono's ENEndOfPeriodRefiner ("by the end of this month") tests a `$`-anchored pattern against
 * all the text before each result, quadratic in the text's length. It acts only on results after
 * "... of" or "... of the", so it sees only those; the rest pass through untouched (same output).
 */
export function lookBehindOnly(refiner: Refiner): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      const candidates = results.filter((r) => {
        const before = context.text.slice(Math.max(0, r.index - 200), r.index);
        return NEEDS.test(before) || (before.length === 200 && !before.trim());
      });
      if (candidates.length) refiner.refine(context, candidates);
      return results;
    },
  };
}
