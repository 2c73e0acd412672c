import type { DateFact } from '../../model.js';
import { extractText } from '../../api.js';

/** Dates of one text, as the pipeline finds them, with the document date given (or none). */
export function datesOf(text: string, date: string | null, language = 'en'): DateFact[] {
  return extractText(text, { date, language }).dates;
}

/** The date fact whose span text is `span`, checking that its offsets point at that text. */
export function findDate(text: string, dates: DateFact[], span: string): DateFact | undefined {
  const hit = dates.find((d) => d.text === span);
  if (hit && [...text].slice(hit.start, hit.end).join('') !== span) throw new Error(`offsets of "${span}" are wrong`);
  return hit;
}
