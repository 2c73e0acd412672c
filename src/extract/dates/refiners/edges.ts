import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { alternation, lookup, L, type DateLexicon } from '../lexicon.js';
import { readTimex, tagTimex } from '../tags.js';

/**
 * The edges of a span, as TimeML draws them:
 * - a modifier before it belongs to it: "mid-July" (MID), "udgangen af september" (END), "early 2023" (START);
 * - a part of the day after a day belongs to it: "Friday night" (NI), "tirsdag aften" (EV);
 * - a leading preposition does not: "Thursday", not "on Thursday"; "2014" in "since 2014";
 * - nor does trailing punctuation: "July", not "July,".
 */
export function createEdgeRefiner(lex: DateLexicon): Refiner {
  const mods = new RegExp(`(?:^|[^${L}])(${alternation(Object.keys(lex.modifiers))})(?:\\s+|-)?$`, 'i');
  const parts = new RegExp(`^\\s+(${alternation(Object.keys(lex.partsOfDay))})(?![${L}])`, 'i');
  const modsAtStart = new RegExp(`^(${alternation(Object.keys(lex.modifiers))})(?:\\s+|-)`, 'i');
  const partAtEnd = new RegExp(`\\s(${alternation(Object.keys(lex.partsOfDay))})$`, 'i');
  const preps = new RegExp(`^(?:(?:${alternation(lex.prepositions)})\\s+)+`, 'i');
  const approxAtStart = new RegExp(`^(?:${alternation(Object.keys(lex.approximators))})\\s`, 'i');
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      for (const r of results) {
        // "i går", "i år": there the preposition is the word's own ("yesterday", "this year")
        const rule = readTimex(r).rule ?? '';
        const ownWord = /^(?:casual-day|ago|weekday-past)$/.test(rule) || (rule === 'relative-period' && !/\s\S+\s/.test(r.text));
        // "at least 20 more years": the approximator is the span's own ("at" is no preposition there)
        if (!ownWord && !approxAtStart.test(r.text)) trimStart(r, preps);
        trimEnd(r);
        const before = mods.exec(context.text.slice(Math.max(0, r.index - 24), r.index));
        // "late 2014" stays a year, but "the late 1970s" is the decade's end
        if (before && (!/^\d/.test(r.text) || /^(?:decade|century)$/.test(rule))) {
          const word = before[1];
          const mod = lookup(lex.modifiers, word.replace(/-$/, '')) ?? lookup(lex.modifiers, word);
          const start = r.index - (before[0].length - before[0].indexOf(word));
          r.text = context.text.slice(start, r.index + r.text.length); r.index = start;
          if (mod) tagTimex(r, { mod });
        }
        // chrono's own "end of September": the modifier is inside the span already ("the" joins it)
        const inner = modsAtStart.exec(r.text);
        if (inner) {
          tagTimex(r, { mod: lookup(lex.modifiers, inner[1]) ?? lookup(lex.modifiers, `the ${inner[1]}`) });
          if (/the\s+$/i.test(context.text.slice(Math.max(0, r.index - 4), r.index)) && !/^the\s/i.test(r.text)) { r.index -= 4; r.text = context.text.slice(r.index, r.index + r.text.length + 4); }
        }
        // a modifier names part of a month: "the end of September" is 2023-09 (mod END), not a day
        // but "late yesterday" is still yesterday (chrono's tag names the casual word)
        if ((before || inner) && r.start.isCertain('month') && !/\d/.test(r.text) && !casualDay(r)) tagTimex(r, { grain: 'month' });
        const dayLike = r.start.isCertain('weekday') || r.start.isCertain('day');
        const after = dayLike ? parts.exec(context.text.slice(r.index + r.text.length)) : null;
        if (after && !r.start.isCertain('hour')) { r.text += after[0]; tagTimex(r, { part: lookup(lex.partsOfDay, after[1]) }); }
        // chrono reads "Friday night" itself (as 22:00); TimeML keeps the part of the day, not a clock time
        const inside = partAtEnd.exec(` ${r.text}`);
        if (inside && !/\d/.test(r.text)) tagTimex(r, { part: lookup(lex.partsOfDay, inside[1]) });
      }
      return results;
    },
  };
}

const casualDay = (r: ParsingResult): boolean => [...r.tags()].some((t) => t.startsWith('casualReference/'));

function trimStart(r: ParsingResult, preps: RegExp): void {
  const lead = preps.exec(r.text);
  if (lead && lead[0].length < r.text.length) { r.index += lead[0].length; r.text = r.text.slice(lead[0].length); }
}

function trimEnd(r: ParsingResult): void {
  const m = /[\s,;:!?)"'”’(]+$/.exec(r.text);
  if (m && m.index > 0) r.text = r.text.slice(0, m.index);
  // a full stop ends the sentence unless it ends an abbreviation ("a.m.", "Oct.", "Sept.")
  const token = /\S+$/.exec(r.text)?.[0] ?? '';
  if (token.endsWith('.') && token.length > 1 && !/\.\S/.test(token.slice(0, -1)) && !/^[A-Z][a-z]{1,3}\.$/.test(token)) {
    r.text = r.text.slice(0, -1);
  }
}
