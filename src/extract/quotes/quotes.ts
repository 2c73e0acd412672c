import type { PersonFact, QuoteFact, Speaker } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import { creditAfter, cueAfter, cueBefore, cueBeforeColon, ownedBefore, sentenceStart, windowEnd, type Attribution } from './attribution.js';
import { knownColonSubject, subjectBeforeColon } from './colon.js';
import { scanDashLines } from './dash-lines.js';
import { NON_SPEECH_RE, CUE_RE, PARTICIPLE, cuesIn } from './lexicon.js';
import { scanPieces } from './marks.js';
import { isTitle, joinPieces, type RawQuote } from './pieces.js';
import { remember, resolveSpeaker, UNKNOWN, type Memory } from './speaker.js';
import { findVia } from './via.js';
import { scanTurns, turnFound, type Turn } from './transcript.js';
import { isQuotedTerm } from './statement.js';
import { countWords as words } from './words.js';

/** A quotation with its attribution, before it becomes a QuoteFact. */
export interface Found { q: RawQuote; partial: boolean; att: Attribution | null; speaker: Speaker; rule: string }



/** Whole quotations stand alone ("“...,” he said"; "He said: “...”"); partial ones are phrases in a sentence. */
function isPartial(text: string, q: RawQuote, floor: number): boolean {
  const lead = text.slice(sentenceStart(text, q.open, floor), q.open).replace(/[\s—–-]+$/u, '');
  // "... arrived in the U.S. “We are tired ...": a full stop before the mark ends a sentence an abbreviation hid
  if (!lead.trim() || /[:]$/.test(lead) || /[.!?]["”’]?$/.test(lead)) return false;
  CUE_RE.lastIndex = 0;
  return !(/,$/.test(lead) && CUE_RE.test(lead.split(/\s+/).slice(-4).join(' ')));
}

function attribute(text: string, q: RawQuote, partial: boolean, floor: number): Attribution | null {
  const before = cueBefore(text, q.open, floor);
  // "Xyz said Abc was “right” when he said, “...”": a phrase in a sentence keeps the sentence's attribution
  if (q.middle && partial && before) return before;
  if (q.middle) { const a = cueAfter(text, q.parts[0].close, q.middle[1]); if (a) return a; }
  const after = cueAfter(text, q.close, q.rule === 'quotes/dash-line' ? lineEnd(text, q.close) : windowEnd(text, q.close));
  // "Xyz said: “...,” adding that ...": a participle right after the quotation goes on with the clause before it
  const goesOn = !!after && !!before && after.rule === 'quotes/cue-after-inverted' && PARTICIPLE.has(text.slice(after.cue[0], after.cue[1]).toLowerCase());
  // "He said: “... making.” The new guidance would help, he said.": a quotation its cue introduces with a colon is that cue's
  const introduced = !!before && /:\s*$/.test(text.slice(before.cue[1], q.open)) && !/,\s*$/.test(text.slice(q.start, q.end));
  const first = partial || goesOn || introduced ? before ?? after : after ?? before;
  return first ?? creditAfter(text, q.close) ?? (q.parts[0].lineStart ? cueBeforeColon(text, q.open, Math.max(0, q.open - 400)) : null)
    ?? (partial ? ownedBefore(text, q.open, floor) : subjectBeforeColon(text, q.open, Math.max(floor, q.open - 400), text.slice(q.start, q.end)));
}
// The end of the sentence holding `from`: a terminator before a capital, or the line end.
function sentenceEnd(text: string, from: number): number {
  const end = lineEnd(text, from);
  const m = /[.!?](?=\s+["“«]?[\p{Lu}])/u.exec(text.slice(from, end));
  return m ? from + m.index + 1 : end;
}
const floorOf = (q: RawQuote): number => Math.max(0, q.open - 400);
const lineEnd = (text: string, from: number): number => { const i = text.indexOf('\n', from); return i < 0 ? text.length : i; };

/** The quotations of the body in text order: in marks, on dash lines, and transcript turns (which take the place of marks on their lines). */
function candidates(ctx: DocContext): { raw: RawQuote[]; turns: Map<RawQuote, Turn> } {
  const { text } = ctx;
  const dash = scanDashLines(text, ctx.bodyStart, ctx.language === 'en');
  const turns = new Map(scanTurns(text, ctx.bodyStart).map((t) => [t.quote, t]));
  const marks = joinPieces(text, scanPieces(text, ctx.bodyStart)).filter((q) => !dash.some((d) => d.start <= q.open && q.close <= d.close + 1)
    && ![...turns.keys()].some((t) => q.open < t.close && t.open < q.close));
  return { raw: [...marks, ...dash, ...turns.keys()].sort((a, b) => a.start - b.start), turns };
}

/** Every quotation in the document body with its speaker. */
export function findQuotes(ctx: DocContext, people: PersonFact[], mem: Memory): Found[] {
  const { text } = ctx;
  const { raw, turns } = candidates(ctx);
  const out: Found[] = [];
  let floor = ctx.bodyStart;
  for (const q of raw) {
    const turn = turns.get(q);
    if (turn) { const f = turnFound(ctx, people, turn); remember(mem, f.speaker); out.push(f); floor = q.close; continue; }
    const partial = q.rule !== 'quotes/dash-line' && isPartial(text, q, floor);
    // a name in marks ("tells the radio show “Morning Talk” that “...”") is no quotation, and no bound for the next one's cue
    if (partial && isTitle(text.slice(q.start, q.end))) continue;
    const att = knownColonSubject(ctx, people, mem, q, attribute(text, q, partial, floor));
    floor = q.close;
    if (partial && (!att || NON_SPEECH_RE.test(text.slice(Math.max(0, q.open - 12), q.open)))) continue;
    // a few quoted words in a longer reported clause: the claim keeps the clause, the speaker still counts for "he said" later
    const term = partial && isQuotedTerm(text, q, att!);
    const prev = out[out.length - 1];
    let speaker: Speaker; let rule = q.rule; let back: Attribution | null = null;
    // "“A,” Xyz said, adding later, “B”": a participle or a bare cue continues the sentence's earlier speaker
    // (not "“... them.” The agency's chief Xyz Abc quit, claiming he was “...”": a subject of its own after the earlier quotation)
    const sameSentence = !!prev && prev.speaker.kind !== 'unknown' && sentenceStart(text, q.open, prev.q.close) === prev.q.close
      && !(att?.speaker && ownSubject(text, prev.q.close, att.speaker[0]));
    if (att && sameSentence && (!att.speaker || att.rule === 'quotes/participle')) { speaker = prev!.speaker; rule = 'quotes/same-sentence'; }
    else if (att?.speaker) speaker = resolveSpeaker(ctx, people, att.speaker[0], att.speaker[1], mem, q.open);
    else if (!att && !partial && prev && continues(text, prev.q, q) && prev.speaker.kind !== 'unknown') { speaker = prev.speaker; rule = 'quotes/continued'; }
    else if (!att && words(text.slice(q.start, q.end), 4) < 4) continue;
    else if (!att && !partial && (back = attributedBefore(text, q, prev?.q.close ?? ctx.bodyStart))?.speaker) {
      speaker = resolveSpeaker(ctx, people, back.speaker[0], back.speaker[1], mem, q.open); rule = 'quotes/after-attribution';
    } else speaker = UNKNOWN;
    if (att && speaker.kind !== 'unknown') {
      const [vs, ve] = att.cue[0] >= q.close ? [q.close, sentenceEnd(text, att.cue[1])] : [sentenceStart(text, q.open, floorOf(q)), q.open];
      const via = findVia(text, vs, ve, att.speaker);
      if (via && via.name !== speaker.name) speaker = { ...speaker, via: via.name };
    }
    remember(mem, speaker);
    if (term) continue;
    out.push({ q, partial, att, speaker, rule: att && rule === q.rule ? att.rule : rule });
  }
  return out;
}

/** A subject after a quotation that ended its sentence at `close`, with no cue between: a sentence of its own. */
function ownSubject(text: string, close: number, subject: number): boolean {
  return subject >= close && ENDED.test(text.slice(Math.max(0, close - 3), close)) && cuesIn(text, close, subject).length === 0;
}
const ENDED = /[.!?]["”»’]?$/u;

/**
 * "The talks may fail, Xyz said. “We are far apart.”": a quotation with no attribution of its own,
 * after a sentence of the same paragraph that ends in one, is that speaker's.
 */
function attributedBefore(text: string, q: RawQuote, floor: number): Attribution | null {
  const lineStart = text.lastIndexOf('\n', q.open - 1) + 1;
  const lead = /[.!?]["”’]?\s*$/.exec(text.slice(Math.max(lineStart, floor), q.open));
  if (!lead || !text.slice(Math.max(lineStart, floor), q.open).trim()) return null;
  const end = Math.max(lineStart, floor) + lead.index + 1;
  const a = cueBefore(text, end, Math.max(lineStart, floor));
  return a && a.rule === 'quotes/cue-before' ? a : null;
}

/**
 * A whole quotation with no attribution goes on from the quotation before it: in the same
 * paragraph after that one's attribution ("“A,” Xyz said on Monday. “B.”"), or opening the next paragraph.
 */
function continues(text: string, prev: RawQuote, q: RawQuote): boolean {
  const between = text.slice(prev.close, q.open);
  if (!between.includes('\n')) return words(between, 41) <= 40;
  return q.parts[0].lineStart && /^\s*$/.test(text.slice(lineEnd(text, prev.close), q.open));
}

export function toQuoteFact(ctx: DocContext, f: Found): QuoteFact {
  // fields spelled out: an object spread here costs more than the rest of the fact
  const { text, start, end } = ctx.span(f.q.start, f.q.end);
  const fact: QuoteFact = {
    text, start, end, partial: f.partial, speaker: f.speaker,
    cue: f.att ? ctx.span(f.att.cue[0], f.att.cue[1]) : null,
    evidence: ctx.evidence(f.rule, f.q.start),
  };
  if (f.q.parts.length > 1) fact.parts = f.q.parts.map((p) => ctx.span(p.start, p.end));
  return fact;
}
