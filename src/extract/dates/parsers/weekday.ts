import type { Parser, ParsingContext } from 'chrono-node';
import { alternation, lookup, LB, RB, type DateLexicon } from '../lexicon.js';
import { tagTimex } from '../tags.js';

/**
 * Weekday names for locales chrono lacks: "tirsdag", "på tirsdag", "i tirsdags" (the past one).
 * The day is fixed later by the direction refiner, which reads the tense around it.
 */
export function createWeekdayParser(lex: DateLexicon): Parser {
  const days = alternation(Object.keys(lex.weekdays));
  // "på tirsdag" is the coming Tuesday, "i tirsdags" the one gone
  const pattern = new RegExp(`${LB}(i\\s+|på\\s+)?(${days})(s)?${RB}`, 'i');
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const weekday = lookup(lex.weekdays, match[2]);
      if (weekday === undefined) return null;
      const pastForm = Boolean(match[1] && match[3] && /^i/i.test(match[1]));
      const futureForm = Boolean(match[1] && /^på/i.test(match[1]) && !match[3]);
      if (match[3] && !pastForm) return null;
      const at = (match.index ?? 0) + (match[1] && !pastForm ? match[1].length : 0);
      const text = pastForm ? match[0] : match[2];
      const result = context.createParsingResult(at, text, { weekday });
      return tagTimex(result, { grain: 'day', anchored: true, rule: pastForm ? 'weekday-past' : futureForm ? 'weekday-future' : 'weekday' });
    },
  };
}

/** Damerau-Levenshtein distance <= 1 (one substitution, insertion, deletion or swap of neighbours). */
export function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ra = a.slice(i); const rb = b.slice(i);
  if (ra.length === rb.length) return ra.slice(1) === rb.slice(1) || (ra[0] === rb[1] && ra[1] === rb[0] && ra.slice(2) === rb.slice(2));
  return ra.length > rb.length ? ra.slice(1) === rb : rb.slice(1) === ra;
}

type NameHit = readonly ['weekday' | 'month', string, number];
const namesCache = new Map<DateLexicon, Map<string, NameHit[]>>();

/** The weekday and month names by first letter (months of six letters or more), built once. */
function namesByInitial(lex: DateLexicon): Map<string, NameHit[]> {
  let index = namesCache.get(lex);
  if (index) return index;
  index = new Map();
  const names: NameHit[] = [...Object.entries(lex.weekdays).map(([w, n]) => ['weekday', w, n] as const),
    ...Object.entries(lex.months).filter(([w]) => w.length >= 6).map(([w, n]) => ['month', w, n] as const)];
  for (const hit of names) index.set(hit[1][0], [...(index.get(hit[1][0]) ?? []), hit]);
  namesCache.set(lex, index);
  return index;
}

/** The weekday or month name a lower-case word is one edit away from ("wednesady" -> Wednesday), if any. */
export function misspeltName(lex: DateLexicon, word: string): NameHit | undefined {
  const names = namesByInitial(lex).get(word[0]);
  if (!names || lex.weekdays[word] !== undefined || lex.months[word] !== undefined) return undefined;
  return names.find(([, name]) => nearlyEqual(word, name));
}

/**
 * Misspelt weekday or month names, as typed in haste: "on Wednesady, the 21st of February".
 * Only capitalised words of six letters or more, one edit away, so "Monday" is never "Mondo".
 */
export function createMisspeltNameParser(lex: DateLexicon): Parser {
  const pattern = /(?<![A-Za-zÀ-ÖØ-öø-ÿ])([A-ZÆØÅ][a-zæøå]{5,9})(?![A-Za-zÀ-ÖØ-öø-ÿ])/;
  return {
    pattern: (): RegExp => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const hit = misspeltName(lex, match[1].toLowerCase());
      if (!hit) return null;
      const [kind, , n] = hit;
      const components = kind === 'weekday' ? { weekday: n } : { month: n };
      const result = context.createParsingResult(match.index ?? 0, match[1], components);
      if (kind === 'month') { result.start.imply('day', 1); result.start.imply('year', context.reference.instant.getUTCFullYear()); }
      return tagTimex(result, { grain: kind === 'weekday' ? 'day' : 'month', anchored: true, rule: `misspelt-${kind}` });
    },
  };
}
