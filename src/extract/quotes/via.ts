import { CUE_VERB, VIA_WORDS } from './lexicon.js';
import { findOutlets, type OutletMention } from './outlets.js';

/**
 * The outlet a statement reached us through: "a source ... told Sputnik", "both quoted by
 * Reuters news agency", "svarede han ifølge VG", "..., reports Politico", "skriver VG".
 * An outlet counts when a via word stands right before it (up to three words between, for
 * "told the Norwegian newspaper VG") or a cue verb right after it ("VG reports").
 */
const VIA_BEFORE = new RegExp(`(?<![\\p{L}])(?:${VIA_WORDS})\\s+(?:[\\p{L}-]+\\s+){0,3}$`, 'iu');
const CUE_AFTER = new RegExp(`^\\s+(?:${CUE_VERB})(?![\\p{L}])`, 'iu');

export function findVia(text: string, from: number, to: number, skip: [number, number] | null): OutletMention | null {
  for (const o of findOutlets(text, from, to)) {
    if (skip && o.start < skip[1] && skip[0] < o.end) continue;
    const before = text.slice(Math.max(from, o.start - 60), o.start);
    if (VIA_BEFORE.test(before) || CUE_AFTER.test(text.slice(o.end, o.end + 30))) return o;
  }
  return null;
}
