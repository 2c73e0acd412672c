import { CUE_RE } from './lexicon.js';
import type { Piece } from './marks.js';
import { isTitle } from './title.js';
import { countWords as words } from './words.js';

/**
 * "called Xyz a “pathological liar” who is “utterly amoral,” a “bully” and a “narcissist”": phrases
 * quoted from one statement, linked by a few words of the writer's that hold no cue and end no
 * sentence, are one partial quotation in pieces.
 */
const LINK = /^,?\s*(?:(?:and|or|but|nor|then|as|a|an|the|who|which|that|is|was|are|were|be|been|his|her|their|its|of|to|for|with|by|in|not|even|also|og|eller|men|en|et|som|er|var|at|til|af|med)\s*,?\s*){1,4}$/iu;
function isLink(between: string): boolean {
  return LINK.test(between.trim());
}

/**
 * "Xyz said he won “every single debate” in which he took part and there is “a lot going on”":
 * phrases quoted inside one reported clause, with the writer's words between them, are one
 * partial quotation in pieces too, when those words hold no cue of their own (a second speaker),
 * end no sentence and run at most 25 words.
 */
function isSameClause(text: string, last: Piece, p: Piece): boolean {
  const between = text.slice(last.close, p.open);
  if (p.lineStart || /[\n"“”«»]|[.!?;:](?:\s|$)/u.test(between) || words(between, 26) > 25) return false;
  // titles in marks ("on “Meet the Press” to defend his “record”") are names, not phrases of a statement
  if (isTitle(text.slice(last.start, last.end)) || isTitle(text.slice(p.start, p.end))) return false;
  CUE_RE.lastIndex = 0;
  return !CUE_RE.test(between);
}

/** Are two closed pieces of one sentence phrases of one statement (see above)? */
export const isFragmentLink = (text: string, last: Piece, p: Piece): boolean => isLink(text.slice(last.close, p.open)) || isSameClause(text, last, p);
