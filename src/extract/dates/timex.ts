import type { ParsedResult } from 'chrono-node';
import type { DateType } from '../../model.js';
import { dayValue, isoWeekValue, monthValue, pad } from './calendar.js';
import { readTimex } from './tags.js';

export interface Timex {
  value: string | null;
  type: DateType;
  mod?: string;
  /** The value came from the document date, not from the text alone. */
  anchored: boolean;
  /** How much of the document date it needs. */
  needs: 'year' | 'day';
  rule: string;
}

/**
 * TIMEX3 value of a chrono result at the granularity the text states: "February 2022" -> 2022-02,
 * "2014" -> 2014, "Thursday" -> 2023-06-15, "10:35 a.m." -> 1998-08-07T10:35, "Friday night" -> ...TNI.
 */
/** chrono's readings that count from the reference ("today", "two weeks ago", "next month"), by its own tags. */
const RELATIVE_PARSER = /^(?:casualReference\/|result\/relativeDate|parser\/\w*(?:Casual|Relative|TimeUnit|Weekday|EndOf))/;
function relativeReading(result: ParsedResult): boolean {
  for (const t of result.tags()) if (RELATIVE_PARSER.test(t)) return true;
  return false;
}

const LATE_PARTS = new Set(['EV']);

export function timexOf(result: ParsedResult): Timex {
  const info = readTimex(result);
  const c = result.start;
  const relative = relativeReading(result);
  const anchored = info.anchored ?? (!info.value && (!c.isCertain('year') || relative));
  const needs = info.needs ?? (c.isCertain('month') && !relative && !c.isCertain('weekday') && !c.isCertain('hour') ? 'year' : 'day');
  const rule = info.rule ?? 'chrono';
  if (info.value) return { value: info.value, type: info.type ?? 'DATE', mod: info.mod, anchored, needs, rule };
  const year = c.get('year') ?? 0; const month = c.get('month') ?? 1; const day = c.get('day') ?? 1;
  const clock = c.isCertain('hour') && !info.part && /\d|noon|midnight|midday/i.test(result.text);
  // "today", "tonight", "this morning": nothing certain but the day itself
  const relativeDay = !c.isCertain('year') && !c.isCertain('month');
  const grain = info.grain ?? (c.isCertain('day') || c.isCertain('weekday') || c.isCertain('hour') || info.part || relativeDay ? 'day' : c.isCertain('month') ? 'month' : 'year');
  // "six weeks ago" names a week (TimeML: the unit's granularity), as "two months ago" names a month
  const weeks = relative && /\bweeks?\s+(?:ago|earlier|before|later|after)$/i.test(result.text);
  let value = weeks ? isoWeekValue({ year, month, day }) : grain === 'day' ? dayValue({ year, month, day }) : grain === 'month' ? monthValue(year, month) : pad(year, 4);
  // a part of the day joins the value of "this morning", "last night" (2023-06-17TMO); after a weekday
  // TimeBank keeps an evening ("Thursday evening" -> ...TEV) but mostly values "Friday night" or
  // "Friday morning" as the day itself (measured on the TempEval-3 training data)
  if (info.part && grain === 'day' && (!c.isCertain('weekday') || LATE_PARTS.has(info.part))) value += `T${info.part}`;
  else if (clock) value += `T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
  return { value, type: info.type ?? (value.includes('T') ? 'TIME' : 'DATE'), mod: info.mod, anchored, needs, rule };
}
