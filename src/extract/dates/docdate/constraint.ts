/** A stretch of days the document date must fall in, with why (day numbers since 1970-01-01, UTC). */
export interface Constraint {
  from: number;
  /** Exclusive; Infinity when open. */
  to: number;
  reason: string;
  /** UTF-16 index of the words that state it. */
  at: number;
}

export const dayNumber = (iso: string): number => {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
};

export const yearStart = (year: number): number => Math.floor(Date.UTC(year, 0, 1) / 86400000);

/** Intersects constraints in order, skipping any that would leave nothing (they contradict stronger ones). */
export function intersect(constraints: Constraint[]): { from: number; to: number; used: Constraint[] } {
  let from = -Infinity; let to = Infinity; const used: Constraint[] = [];
  for (const c of constraints) {
    const f = Math.max(from, c.from); const t = Math.min(to, c.to);
    if (f < t) { from = f; to = t; used.push(c); }
  }
  return { from, to, used };
}

/** Days of `year` inside [from, to). */
export function overlapDays(year: number, from: number, to: number): number {
  return Math.max(0, Math.min(to, yearStart(year + 1)) - Math.max(from, yearStart(year)));
}
