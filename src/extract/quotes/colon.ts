import type { PersonFact } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import { sentenceStart, type Attribution } from './attribution.js';
import { isTitle, type RawQuote } from './pieces.js';
import { resolveSpeaker, type Memory } from './speaker.js';
import { firstMention } from './subject.js';

/**
 * "Sanders made the following comment:\n\n“...”", "Xyz is rolling out a new message: “It's about me.”":
 * a whole quotation after a colon with no cue is what the subject of the clause before the colon
 * said (the colon stands for the cue). Nobody found there: no attribution.
 */
export function subjectBeforeColon(text: string, open: number, floor: number, inner: string): Attribution | null {
  const m = /:\s*$/.exec(text.slice(floor, open));
  if (!m) return null;
  const colon = floor + m.index;
  const start = sentenceStart(text, colon, Math.max(floor, colon - 300));
  // "Here is the full text:", "The agenda was clear:": a clause that only presents what follows names no speaker;
  // "The plan's title: “The Good Circle”": nor does a name in marks
  if (PRESENTING.test(text.slice(start, colon)) || isTitle(inner)) return null;
  const speaker = firstMention(text, start, colon);
  return speaker ? { cue: [colon, colon], speaker, rule: 'quotes/colon-subject' } : null;
}
const PRESENTING = /^\s*(?:here|there|this|that|these|those|it|what|below|following|her|his|their|its)\b/iu;

/**
 * The subject before a colon with no cue ("Tanja shook her head: “...”") speaks only when it is
 * someone known: a person of the people stage, an organisation or an outlet, not capitalised words
 * that may only open the sentence ("Hør bare, hvordan ...:", "Eller med Xyz's ord:").
 */
export function knownColonSubject(ctx: DocContext, people: PersonFact[], mem: Memory, q: RawQuote, att: Attribution | null): Attribution | null {
  if (att?.rule !== 'quotes/colon-subject' || !att.speaker) return att;
  const s = resolveSpeaker(ctx, people, att.speaker[0], att.speaker[1], mem, q.open);
  // a lone capitalised word opening the sentence is only taken for an organisation after a cue verb
  const lone = s.kind === 'organization' && !/\s/.test(s.name ?? '') && OPENS.test(ctx.text.slice(Math.max(0, att.speaker[0] - 3), att.speaker[0]));
  return s.person || (s.kind === 'organization' && !lone) || s.kind === 'outlet' ? att : null;
}
const OPENS = /(?:^|[.!?\n]\s*)$/u;
