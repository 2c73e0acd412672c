import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isOwn, readTimex } from '../tags.js';

/** Our specific readings beat chrono's general ones; a bare year yields to a longer chrono date. */
function rank(r: ParsingResult): number {
  if (!isOwn(r)) return 1;
  return readTimex(r).weak ? 0 : 2;
}

const overlaps = (a: ParsingResult, b: ParsingResult): boolean => a.index < b.index + b.text.length && b.index < a.index + a.text.length;

/**
 * Runs before chrono's own overlap removal: "for nine years" is a duration (ours), not chrono's date
 * nine years on; "2023" inside chrono's "September 30, 2023" goes.
 */
export const preferOwnRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const kept: ParsingResult[] = [];
    for (const r of [...results].sort((a, b) => a.index - b.index)) {
      const clash = kept.findIndex((k) => overlaps(k, r));
      if (clash < 0) { kept.push(r); continue; }
      const k = kept[clash];
      const better = rank(r) > rank(k) || (rank(r) === rank(k) && r.text.length > k.text.length);
      if (better) kept[clash] = r;
    }
    return kept.sort((a, b) => a.index - b.index);
  },
};
