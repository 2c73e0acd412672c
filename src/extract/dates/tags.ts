import type { ParsedResult, ParsingComponents, ParsingResult } from 'chrono-node';
import type { DateType } from '../../model.js';

/**
 * Our parsers carry their TIMEX3 reading through chrono as component tags (chrono's own way of
 * labelling results: `components.addTag()`), so chrono's refiners (overlap removal, merging)
 * keep working on them and the stage reads the value back at the end.
 */
export interface TimexInfo {
  /** A value the parser computed itself ("P9Y", "2024-Q1", "PRESENT_REF"). */
  value?: string;
  type?: DateType;
  mod?: string;
  /** The value depends on the document date. */
  anchored?: boolean;
  /** Granularity to cut a chrono date to: 'year' | 'month' | 'week' | 'day'. */
  grain?: 'year' | 'month' | 'week' | 'day';
  /** Rule name for provenance. */
  rule?: string;
  /** A low-priority reading (a bare year) that a longer chrono date containing it replaces. */
  weak?: boolean;
  /** Part of day code after a day ("Friday night" -> NI). */
  part?: string;
  /** How much of the document date an anchored value needs: 'year' ("the following year", "July") or 'day' ("last week"). */
  needs?: 'year' | 'day';
}

const PREFIX = 'timex.';

/**
 * readTimex results by the start components they were read from (results without an end only),
 * since refiners ask again and again. Tags are only ever added, so an entry holds while the
 * components' tag count is the one it was read at (chrono keeps them in a Set, `_tags`; without
 * that field nothing is cached).
 */
const readCache = new WeakMap<ParsingComponents, { size: number; info: TimexInfo }>();
const tagCount = (c: ParsingComponents): number | undefined => (c as unknown as { _tags?: Set<string> })._tags?.size;

export function tagTimex<T extends ParsingComponents | ParsingResult>(target: T, info: TimexInfo): T {
  // A result that carries its own value is a finished expression: a certain component keeps chrono's
  // date-time merging ("February 2022. Now") from gluing a time onto it.
  if (info.value && 'start' in target) target.start.assign('year', target.start.get('year') ?? 2000);
  for (const [k, v] of Object.entries(info)) if (v !== undefined && v !== null) target.addTag(`${PREFIX}${k}=${String(v)}`);
  return target;
}

/** Reads the tags back; later tags win (a refiner may override a parser). */
export function readTimex(result: ParsedResult): TimexInfo {
  const start = result.start as ParsingComponents;
  const size = result.end ? undefined : tagCount(start);
  const cached = size === undefined ? undefined : readCache.get(start);
  if (cached && cached.size === size) return cached.info;
  const info: Record<string, string | boolean> = {};
  // the start's tags last, so they win over the end's (a range reads as its start)
  const tags = result.end ? [...result.end.tags(), ...result.start.tags()] : result.start.tags();
  for (const t of tags) {
    if (!t.startsWith(PREFIX)) continue;
    const eq = t.indexOf('=');
    const key = t.slice(PREFIX.length, eq);
    const raw = t.slice(eq + 1);
    info[key] = raw === 'true' ? true : raw === 'false' ? false : raw;
  }
  if (size !== undefined) readCache.set(start, { size, info: info as TimexInfo });
  return info as TimexInfo;
}

/** Whether a result came from one of our parsers (so it is preferred over chrono's own reading). */
export function isOwn(result: ParsedResult): boolean {
  for (const _ in readTimex(result)) return true;
  return false;
}
