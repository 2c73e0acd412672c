import type { PersonFact, Speaker } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import { findPerson, stripTitles } from './names.js';
import type { RawQuote } from './pieces.js';
import type { Found } from './quotes.js';

/**
 * Transcript turns: a paragraph that opens a quotation with a speaker's name in capitals and a
 * colon ("\"HOST: Let's start with ...", "“HOLM: Well, look, ...”") is one speaker's turn. The
 * quotation is the turn's words after the colon, up to the paragraph's end (a turn seldom closes
 * its mark: the next turn opens a new one), and the speaker is the name. Quoted words inside a
 * turn ("an episode of “Survivor.”") stay part of it.
 *
 * A label counts only where the text is a dialogue: at least two labels, each opening two turns or
 * more, so a lone "UPDATE:" or "CLARIFICATION:" line names nobody.
 */
const TURN = /^[ \t]*["“«»„][ \t]*(\p{Lu}[\p{Lu}'’.-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.-]+){0,2}):[ \t]+(?=\S)/gmu;

export interface Turn { quote: RawQuote; label: [number, number] }

/** The turns of a dialogue in text[from...]; none when the text is not one. */
export function scanTurns(text: string, from: number): Turn[] {
  const found: Turn[] = [];
  TURN.lastIndex = from;
  for (let m = TURN.exec(text); m; m = TURN.exec(text)) {
    const start = m.index + m[0].length;
    const nl = text.indexOf('\n', start);
    let end = nl < 0 ? text.length : nl;
    while (end > start && /\s/.test(text[end - 1])) end--;
    // a turn that does close its mark: the mark is not part of the words
    if (/["”»«“]/.test(text[end - 1]) && end - 1 > start) end--;
    const labelStart = m.index + m[0].indexOf(m[1]);
    const open = m.index + m[0].search(/["“«»„]/);
    const piece = { open, start, end, close: nl < 0 ? text.length : nl, closed: true, lineStart: true };
    found.push({ quote: { parts: [piece], start, end, open, close: piece.close, middle: null, rule: 'quotes/transcript' }, label: [labelStart, labelStart + m[1].length] });
  }
  const count = new Map<string, number>();
  for (const t of found) { const k = text.slice(t.label[0], t.label[1]); count.set(k, (count.get(k) ?? 0) + 1); }
  const speakers = [...count].filter(([, n]) => n >= 2).map(([k]) => k);
  return speakers.length >= 2 ? found.filter((t) => speakers.includes(text.slice(t.label[0], t.label[1]))) : [];
}

/** The speaker a label names: a person of the text by surname ("HOLM" -> Anna Holm), else the label's words. */
export function turnSpeaker(ctx: DocContext, people: PersonFact[], label: [number, number]): Speaker {
  const raw = ctx.text.slice(label[0], label[1]);
  const words = raw.split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase());
  const person = findPerson(people, words[words.length - 1], label[0], label[1], (i) => ctx.offsets.toCodePoint(i));
  const span = ctx.span(label[0], label[1]);
  const sp: Speaker = { name: person ? stripTitles(person.name) : words.join(' '), kind: 'person', text: span.text, start: span.start, end: span.end };
  if (person) sp.person = person.id;
  return sp;
}

/** "HOLM: Well, ...": the turn as a quotation; the label is the speaker, the colon the cue. */
export function turnFound(ctx: DocContext, people: PersonFact[], turn: Turn): Found {
  const { quote: q, label } = turn;
  return { q, partial: false, att: { cue: [label[1], label[1] + 1], speaker: label, rule: q.rule }, speaker: turnSpeaker(ctx, people, label), rule: q.rule };
}
