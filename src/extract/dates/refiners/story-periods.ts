import type { ParsedResult, ParsingResult } from 'chrono-node';
import type { Ymd } from '../calendar.js';
import { alternation, LB, lookup, type DateLexicon } from '../lexicon.js';
import { periodValue } from '../parsers/relative-period.js';
import { readTimex, tagTimex } from '../tags.js';
import { timexOf } from '../timex.js';

/** A date the text names, as far as it is stated: "1995", "1988-Q2", "1989-03", "1995-05-22". */
const CALENDAR = /^(\d{4})(?:-Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$/;
/** How precise an anchor a unit needs ("the following month" needs a month, "that quarter" a quarter). */
const NEEDS: Record<string, number> = { year: 1, quarter: 2, month: 3, week: 4, weekend: 4 };

interface Anchor { day: Ymd; grain: number }

function anchorOf(value: string): Anchor | null {
  const m = CALENDAR.exec(value.slice(0, 10));
  if (!m) return null;
  if (m[2]) return { day: { year: Number(m[1]), month: Number(m[2]) * 3 - 2, day: 1 }, grain: 2 };
  return { day: { year: Number(m[1]), month: Number(m[3] ?? 1), day: Number(m[4] ?? 1) }, grain: m[4] ? 4 : m[3] ? 3 : 1 };
}

const phraseCache = new Map<DateLexicon, RegExp>();
function phraseOf(lex: DateLexicon): RegExp {
  let re = phraseCache.get(lex);
  if (!re) {
    // at the end of the span, which may hold a modifier first ("the end of that week")
    re = new RegExp(`${LB}(${alternation(Object.keys(lex.narrative ?? {}))})\\s+(${alternation(Object.keys(lex.calendarUnits))})$`, 'i');
    phraseCache.set(lex, re);
  }
  return re;
}

/**
 * A story's "the following year", "that year", "the previous month" count from the date the text
 * has last named, not from the document date, as a reader follows the story:
 * "On May 22, 1995, he was made a general, and the following year he was posted abroad" -> 1996;
 * "In March, the firm received an offer. ... The following month, it put itself up for sale" -> 1989-04.
 * With no date named before it (or one too coarse for the unit), the parser's reading from the
 * document date stands. Runs over the document's results in text order.
 */
export function anchorStoryPeriods(results: ParsedResult[], lex: DateLexicon): void {
  // most texts tell no story of that kind: no anchors to compute then
  if (!lex.narrative || !results.some((r) => readTimex(r).rule === 'narrative-period')) return;
  const phrase = phraseOf(lex);
  let anchor: Anchor | null = null;
  for (const r of results) {
    const info = readTimex(r);
    const m = info.rule === 'narrative-period' ? phrase.exec(r.text.trim()) : null;
    const unit = m ? lookup(lex.calendarUnits, m[2]) : undefined;
    if (m && unit && anchor && anchor.grain >= (NEEDS[unit] ?? 9)) {
      const value = periodValue(anchor.day, unit, lookup(lex.narrative ?? {}, m[1]) ?? 0);
      if (value) tagTimex(r as ParsingResult, { value });
    }
    const t = timexOf(r);
    const next = t.type === 'DATE' && t.value ? anchorOf(t.value) : null;
    if (next) anchor = next;
  }
}
