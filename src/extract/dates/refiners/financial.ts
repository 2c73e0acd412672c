import type { ParsedResult, ParsingResult } from 'chrono-node';
import { readTimex, tagTimex } from '../tags.js';
import type { DateLexicon } from '../lexicon.js';
import { alternation } from '../lexicon.js';

const QUARTER = /^(\d{4})-(Q[1-4])$/;

/**
 * A company report compares a quarter with the same quarter a year before: in "Citadel posted a
 * third-quarter net loss of $2.3 million, versus net income of $5.3 million a year earlier", the
 * year earlier is that quarter of the year before (1988-Q3 in a report on 1989-Q3), not the year
 * before the article. So once the text has named a quarter, "a year ago", "a year earlier" and
 * "the year-earlier quarter" take the last quarter named, a year back. Runs over the whole
 * document's results, in text order, after chrono (a quarter named in one sentence governs the next).
 */
export function createFinancialRefiner(lex: DateLexicon): (results: ParsedResult[]) => void {
  const phrases = lex.yearBackPhrases ?? [];
  const phrase = phrases.length ? new RegExp(`^(?:${alternation(phrases)})$`, 'i') : null;
  return (results: ParsedResult[]): void => {
    let quarter: RegExpExecArray | null = null;
    for (const r of results) {
      const info = readTimex(r);
      const q = info.value ? QUARTER.exec(info.value) : null;
      if (q) { quarter = q; continue; }
      const back = info.rule === 'year-back' || (phrase?.test(r.text.trim()) ?? false);
      if (!back || !quarter) continue;
      const value = `${String(Number(quarter[1]) - 1).padStart(4, '0')}-${quarter[2]}`;
      tagTimex(r as ParsingResult, { value, type: 'DATE', anchored: true, needs: 'year', rule: 'year-back-quarter' });
    }
  };
}
