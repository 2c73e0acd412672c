import type { Ymd } from '../calendar.js';
import { alternation, LB, RB, type DateLexicon } from '../lexicon.js';

export type Direction = 'past' | 'future';

/**
 * The tense of the sentence up to an expression, across commas: a weaker cue than the clause's, for
 * when the clause has none ("who stepped down as chairman, president and chief executive in March").
 */
export function createSentenceTenseReader(lex: DateLexicon): (text: string, at: number) => Direction | null {
  const future = new RegExp(`${LB}(?:${alternation(lex.futureCues)})${RB}`, 'gi');
  const aux = lex.passiveAux.length ? `(?<!${LB}(?:${lex.passiveAux.join('|')})\\s)` : '';
  const past = new RegExp(`${aux}${LB}(?:${alternation(lex.pastCues)})${RB}`, 'gi');
  const pastEd = new RegExp(`${aux}${LB}[a-z]{2,}ed${RB}`, 'g');
  return (text: string, at: number): Direction | null => {
    const window = text.slice(Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at), at - 160, 0), at);
    const f = lastIndex(future, window); const p = Math.max(lastIndex(past, window), lastIndex(pastEd, window));
    return f < 0 && p < 0 ? null : f >= p ? 'future' : 'past';
  };
}

/**
 * With no cue in the clause, the nearest month is a guess that fails most for a month half a year
 * away; there the sentence's tense decides ("chief executive in March", written in November: March gone).
 */
export function farLean(ref: Ymd, month: number, day: number | null, lean: () => Direction | null): Direction | null {
  const months = (month - ref.month) + ((day ?? ref.day) - ref.day) / 31;
  return Math.abs(months) >= 6 ? lean() : null;
}

/** Where the last match of a global regex starts in a text, or -1. */
export function lastIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}
