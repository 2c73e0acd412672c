import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/**
 * A weekday followed by its date is one expression: "Wednesday, the 21st of February",
 * "Wednesady, 21 February". chrono merges only "Wednesday, 21 February" (no "the"), and not our
 * misspelt weekdays. The weekday stays as a certain component, which later fixes the year.
 */
const BETWEEN = /^,?\s*(?:the\s+|den\s+)?$/i;

export const weekdayMergeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]; const b = results[i + 1];
      const between = b ? context.text.slice(a.index + a.text.length, b.index) : '';
      if (b && a.start.isOnlyWeekdayComponent() && b.start.isCertain('day') && b.start.isCertain('month') && BETWEEN.test(between)) {
        b.start.assign('weekday', a.start.get('weekday') ?? 0);
        b.text = context.text.slice(a.index, b.index + b.text.length);
        b.index = a.index;
        out.push(b); i++;
        continue;
      }
      out.push(a);
    }
    return out;
  },
};
