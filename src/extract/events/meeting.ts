import type { DocContext } from '../../pipeline/context.js';
import type { SentenceSpan } from '../../text/sentences.js';
import type { DateAt } from './details.js';
import { findOrgs } from './posts.js';

const MONTH_OR_DAY = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|januar|februar|marts|maj|juni|juli|oktober|upcoming|next|the|den|det|de|a|an|this|that|his|her|its|their)$/iu;
// "the summit in Madrid", "summit of leaders in Madrid, Spain", "topmødet i Madrid"
const PLACE_AFTER = /^[^,.;]{0,25}?(?<![\p{L}])(?:in|i|at|hosted by)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u;
// "the Madrid summit", "Washington summit"
const PLACE_BEFORE = /(\p{Lu}[\p{L}-]+)\s+$/u;
// "before the summit", "ahead of the summit", "inden topmødet": the meeting is a deadline
const DEADLINE_BEFORE = /\b(?:before|ahead of|by|prior to|in time for|inden|før|senest)\s+(?:the\s+|an?\s+|(?:\p{L}+['’]\s+))*(?:\p{L}+\s+)?$/iu;

export interface Meeting { date: string | null; details: Record<string, string | boolean | null> }

/** The name, place and date of a meeting that matters to the succession. */
export function meetingOf(ctx: DocContext, start: number, end: number, sentence: SentenceSpan, dates: DateAt[]): Meeting {
  const after = ctx.text.slice(end, sentence.end);
  const before = ctx.text.slice(Math.max(sentence.start, start - 30), start);
  const orgs = new Set(findOrgs(ctx.text, Math.max(sentence.start, start - 30), start).map((o) => ctx.text.slice(o.start, o.end)));
  let place: string | null = PLACE_AFTER.exec(after)?.[1] ?? null;
  if (!place) {
    const b = PLACE_BEFORE.exec(before)?.[1] ?? null;
    if (b && !MONTH_OR_DAY.test(b) && !orgs.has(b) && !/['’]$/.test(b)) place = b;
  }
  if (place && MONTH_OR_DAY.test(place.split(/\s+/)[0])) place = null;
  const closest = dates.filter((d) => d.type === 'DATE' && Math.abs(d.start - start) < 60)
    .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0];
  return {
    date: closest?.value ?? null,
    details: { name: ctx.text.slice(start, end), place, deadline: DEADLINE_BEFORE.test(before) },
  };
}
