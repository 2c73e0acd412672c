import { availableParallelism } from 'node:os';
import { UsageError } from '../errors.js';
import { isValidDateValue } from '../text/header.js';

/** Option checks shared by every command that extracts (extract, people, ..., story, report). */

/** --jobs: a whole number from 1 to 256, or "auto" for one worker per core. */
export function parseJobs(jobs: string | undefined): number {
  if (jobs === undefined) return 1;
  if (jobs === 'auto') return availableParallelism();
  const n = Number(jobs);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs: "${jobs}" is not a whole number from 1 to 256, or "auto"`);
  return n;
}

/** --max-chars: a whole number of characters, 0 for never. */
export function parseMaxChars(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0 || (n > 0 && n < 1000)) throw new UsageError(`--max-chars: "${value}" is not 0 or a whole number of at least 1000`);
  return n;
}

/** --date: a calendar date written YYYY-MM-DD. */
export function checkDate(date: string | undefined): void {
  if (date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(date) && isValidDateValue(date))) {
    throw new UsageError(`--date: "${date}" is not a date in the form YYYY-MM-DD`);
  }
}

/** --ext: the extensions read from directories. */
export function parseExtensions(ext: string | undefined): string[] {
  return (ext ?? 'txt,text,md').split(',').map((s) => s.trim()).filter(Boolean);
}
