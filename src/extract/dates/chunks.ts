import type { DocContext } from '../../pipeline/context.js';
import { temporalSentences } from './prescan.js';

/** Longest stretch of the body one chrono call covers (UTF-16 units); see temporalGroups. */
const CHUNK = 3000;

/**
 * Between two runs of sentences joined into one text for chrono: a line break ends the clause the
 * direction reader looks back over, and the semicolon is in none of chrono's merge patterns
 * (date + time, ranges, weekday + date), so nothing reads or merges across it.
 */
export const SEPARATOR = '\n;\n';

/** Runs of consecutive sentences ([from, to) in ctx.text) that one chrono call parses together. */
export type Group = [number, number][];

/**
 * Consecutive sentences of the body grouped into stretches of at most CHUNK units (a longer
 * sentence alone); within a stretch, the runs of sentences the pre-scan keeps. Some of chrono's
 * refiners look back from each result to the start of their text (ENEndOfPeriodRefiner), which is
 * quadratic on a long document, so bounded stretches keep the stage linear; joining a stretch's runs
 * into one call saves chrono's fixed cost per call (thirty parsers, twenty refiners).
 */
export function temporalGroups(ctx: DocContext): Group[] {
  const spans: [number, number][] = [];
  for (const s of ctx.sentences) if (s.end > ctx.bodyStart) spans.push([Math.max(s.start, ctx.bodyStart), s.end]);
  const temporal = temporalSentences(ctx, spans);
  const groups: Group[] = [];
  let group: Group = []; let run: [number, number] | null = null; let budget = -1;
  const close = (): void => { if (run) group.push(run); run = null; };
  spans.forEach(([start, end], i) => {
    if (budget >= 0 && end - budget > CHUNK) { close(); if (group.length) groups.push(group); group = []; budget = -1; }
    if (budget < 0) budget = start;
    if (!temporal[i]) { close(); return; }
    if (run) run[1] = end; else run = [start, end];
  });
  close();
  if (group.length) groups.push(group);
  return groups;
}
