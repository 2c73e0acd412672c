import { PRONOUNS, SOURCE_NOUNS } from './lexicon.js';
import { isNotName } from './not-names.js';

/**
 * The subject of a clause, found without a tagger for participle cues: in "When asked, the source
 * called Xyz a contender, saying that “...”", the speaker is "the source". Takes the first
 * pronoun, source noun phrase or capitalised name, after an opening subordinate clause.
 */
const SUBORDINATE = /^(?:when|if|after|before|while|as|asked|questioned|speaking|in|on|at|during|da|når|efter|før|mens|adspurgt)\b/iu;
const NP = /(?<![\p{L}])(?:(?:the|a|an|one|two|three|several|den|de|en|et)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}]+)|(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)*)|([\p{L}]+))/gu;

export function firstMention(text: string, from: number, to: number): [number, number] | null {
  let start = from;
  const seg = text.slice(from, to);
  const comma = seg.indexOf(',');
  if (SUBORDINATE.test(seg) && comma > 0) start = from + comma + 1;
  const win = text.slice(start, to);
  NP.lastIndex = 0;
  for (let m = NP.exec(win); m; m = NP.exec(win)) {
    const head = (m[1] ?? m[3] ?? '').toLowerCase();
    // "Though she called ...": a capitalised conjunction or adverb opens the sentence, it names nobody
    const ok = m[2] ? !/^(?:The|A|An|But|And|When|If|In|On|At|Det|Den|De|Men|Og)$/.test(m[2]) && !(!m[2].includes(' ') && isNotName(m[2], false, true))
      : SOURCE_NOUNS.has(head) || Object.hasOwn(PRONOUNS, head) && head !== 'it' && head !== 'det' && head !== 'den';
    if (ok) return [start + m.index, start + m.index + m[0].length];
    if (m.index > 80) break;
  }
  return null;
}
