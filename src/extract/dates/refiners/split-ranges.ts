import type { ParsingContext, Refiner } from 'chrono-node';
import { ParsingResult } from 'chrono-node/en';

/** "from Aug. 26 to Oct. 20", "today through Nov. 17", "1992-1995": the words joining a range. */
const JOINER = /\s*(?:[-–—]|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b|\btil\b|\bfrem til\b|\bog\b)\s*/i;

/**
 * TimeML marks each end of a range as its own expression, so chrono's ranges are split in two:
 * "from Aug. 26 to Oct. 20" -> "Aug. 26" and "Oct. 20" (the leading "from" goes with the edges).
 */
export const splitRangesRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const joint = r.end ? JOINER.exec(r.text) : null;
      if (!r.end || !joint || joint.index === 0) { out.push(r); continue; }
      const endText = r.text.slice(joint.index + joint[0].length);
      if (!endText.trim()) { out.push(r); continue; }
      const end = new ParsingResult(context.reference, r.index + joint.index + joint[0].length, endText, r.end);
      r.text = r.text.slice(0, joint.index);
      r.end = undefined;
      out.push(r, end);
    }
    return out;
  },
};
