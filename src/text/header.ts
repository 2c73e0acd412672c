/**
 * A document may begin with a header such as " date 2023-06-17 " (the article text may follow on
 * the same line). It sets the document date and is not part of the article's facts.
 */
export interface DocHeader {
  date: string;
  /** UTF-16 offsets of the whole header, including surrounding blanks. */
  start: number;
  end: number;
}

// " date 2023-06-17 ", "date: 2023-06-17\n", "Date 2023-06" (year-month or year allowed)
const HEADER = /^\s*date\s*:?\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?![\d-])[ \t]*(?:\r?\n|\r)?/i;

export function readHeader(text: string): DocHeader | null {
  const m = HEADER.exec(text);
  if (!m) return null;
  return { date: m[1], start: 0, end: m[0].length };
}

/** Checks a YYYY-MM-DD / YYYY-MM / YYYY string names a real calendar date. */
export function isValidDateValue(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12) return false;
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}
