/**
 * A sortable key for a TIMEX3 value, so that periods sort where they start:
 * "2023" < "2023-Q1" = "2023-01" < "2023-W05" < "2023-02-15" < "2023-SU" < "2023-12".
 * Values that are not calendar values (PRESENT_REF, P9Y) get null: they belong on no timeline.
 */
const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function timelineKey(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}|Q[1-4]|SP|SU|FA|WI|W\d{1,2}|H[12])(?:-(\d{2}))?)?(?:T.*)?$/.exec(value);
  if (!m) {
    const decade = /^(\d{3})X$/.exec(value);
    return decade ? `${decade[1]}0-00-00` : null;
  }
  const [, year, part, day] = m;
  if (!part) return `${year}-00-00`;
  let month: number; let d = day ? Number(day) : 0;
  if (/^\d{2}$/.test(part)) month = Number(part);
  else if (part[0] === 'Q') month = 3 * Number(part[1]) - 2;
  else if (part[0] === 'H') month = part[1] === '1' ? 1 : 7;
  else if (part[0] === 'W') { const week = Number(part.slice(1)); month = Math.min(12, Math.floor((week - 1) / 4.35) + 1); d = 1; }
  else month = SEASON_MONTH[part];
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
