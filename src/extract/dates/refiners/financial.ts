import type { ParsedResult, ParsingResult } from 'chrono-node';
import { readTimex, tagTimex } from '../tags.js';
import type { DateLexicon } from '../lexicon.js';
import { alternation } from '../lexicon.js';

const QUARTER = /^(\d{4})-(Q[1-4])$/;
/** Six months or more, or a half year: a report period longer than a quarter. */
const LONGER_PERIOD = /^(?:P(?:[6-9]|1[0-2])M|\d{4}-H[12])$/;

/**
 * A company report compares a quarter with the same quarter a year before: in "Citadel posted a
 * third-quarter net loss of $2.3 million, versus net income of $5.3 million a year earlier", the
 * year earlier is that quarter of the year before (1988-Q3 in a report on 1989-Q3), not the year
 * before the article. So once the text has named a quarter, "a year ago", "a year earlier" and
 * "the year-earlier quarter" take the last quarter named, a year back, and "the quarter" or "the
 * latest period" is that quarter itself, until the report turns to a longer period ("for the nine
 * months"), after which a year back is the year before. Runs over the whole
 * document's results, in text order, after chrono (a quarter named in one sentence governs the next).
 */
export function createFinancialRefiner(lex: DateLexicon): (results: ParsedResult[], refDate: string | null) => void {
  const phrases = lex.yearBackPhrases ?? [];
  const phrase = phrases.length ? new RegExp(`^(?:${alternation(phrases)})$`, 'i') : null;
  return (results: ParsedResult[], refDate: string | null): void => {
    // a quarter named that has not ended by the document date is a forecast, not the one reported
    const latest = latestQuarter(refDate);
    let quarter: RegExpExecArray | null = null;
    for (const r of results) {
      const info = readTimex(r);
      const q = info.value ? QUARTER.exec(info.value) : null;
      // "the quarter", "the latest period" after "second-quarter profit": the quarter the report is about
      if (q && info.rule === 'latest-quarter' && quarter) { tagTimex(r as ParsingResult, { value: quarter[0], rule: 'reported-quarter' }); continue; }
      if (q) { if (!latest || q[0] <= latest) quarter = q; continue; }
      // "For the nine months, net was ... a year earlier": the report has moved on to a longer period
      if (info.value && info.type !== 'SET' && LONGER_PERIOD.test(info.value)) { quarter = null; continue; }
      // "for the full year": the year of the quarter reported
      if (info.rule === 'full-year' && quarter) { tagTimex(r as ParsingResult, { value: quarter[1] }); continue; }
      // "In the 1988 period": that year's quarter of the same name
      if (info.rule === 'year-period' && quarter && info.value) { tagTimex(r as ParsingResult, { value: `${info.value}-${quarter[2]}`, rule: 'year-period-quarter' }); continue; }
      const back = info.rule === 'year-back' || (phrase?.test(r.text.trim()) ?? false);
      if (!back || !quarter) continue;
      const value = `${String(Number(quarter[1]) - 1).padStart(4, '0')}-${quarter[2]}`;
      tagTimex(r as ParsingResult, { value, type: 'DATE', anchored: true, needs: 'year', rule: 'year-back-quarter' });
    }
  };
}

/** The last quarter ended before a document date ("1989-11-02" -> "1989-Q3"), or null without a full date. */
function latestQuarter(refDate: string | null): string | null {
  const m = refDate ? /^(\d{4})-(\d{2})/.exec(refDate) : null;
  if (!m) return null;
  const q = Math.floor((Number(m[2]) - 1) / 3);
  return q === 0 ? `${String(Number(m[1]) - 1).padStart(4, '0')}-Q4` : `${m[1]}-Q${q}`;
}
