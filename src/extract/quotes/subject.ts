import { PRONOUNS, SOURCE_NOUNS, TITLES } from './lexicon.js';
import { isNotName, isOpeningVerb } from './not-names.js';

/**
 * The subject of a clause, found without a tagger for participle cues: in "When asked, the source
 * called Xyz a contender, saying that “...”", the speaker is "the source". Takes the first
 * pronoun, source noun phrase or capitalised name, after an opening subordinate clause.
 */
const SUBORDINATE = /^(?:when|if|after|before|while|as|asked|questioned|speaking|in|on|at|during|with|without|amid|despite|da|når|efter|før|mens|adspurgt)\b/iu;
const NP = /(?<![\p{L}])(?:(?:the|a|an|one|two|three|several|den|de|en|et)\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}]+)|(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)*)|([\p{L}]+))/gu;

const NAME_AFTER = /^\s+\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)*/u;
const TITLE_THEN_NAME = /^\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)\s+\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+)+/u;
const HEADING = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})+$/u;
const NEXT = /^\s+([\p{L}’'-]+)/u;
const nextWord = (s: string, at: number): string => NEXT.exec(s.slice(at, at + 40))?.[1] ?? '';

export function firstMention(text: string, from: number, to: number): [number, number] | null {
  let start = from;
  const seg = text.slice(from, to);
  const comma = seg.indexOf(',');
  if (SUBORDINATE.test(seg) && comma > 0) start = from + comma + 1;
  const win = text.slice(start, to);
  NP.lastIndex = 0;
  for (let m = NP.exec(win); m; m = NP.exec(win)) {
    // "He ended his response ..., saying": a capitalised pronoun opening the sentence is the subject
    const head = (m[1] ?? m[3] ?? (m[2] && !m[2].includes(' ') && Object.hasOwn(PRONOUNS, m[2].toLowerCase()) ? m[2] : '')).toLowerCase();
    if (head && m[2] && head !== 'it' && head !== 'det' && head !== 'den') return [start + m.index, start + m.index + m[0].length];
    // "Though she called ...": a capitalised conjunction or adverb opens the sentence, it names nobody
    // "Preys on our worst fears, ... and calls": a clause that opens with its verb has no subject to find
    // ("Following the test, the Council said": an -ing phrase is an opener, the subject comes after it)
    if (m[2] && !win.slice(0, m.index).trim() && isOpeningVerb(m[2], nextWord(win, m.index + m[0].length)) && !/ing$/.test(m[2])) return null;
    // "CONGRESS HAS INVESTIGATED HIM — Xyz's advice ...": words all in capitals are a heading, not a name
    const ok = m[2] ? !/^(?:The|A|An|But|And|When|If|In|On|At|Det|Den|De|Men|Og)$/.test(m[2]) && !HEADING.test(m[2]) && !(!m[2].includes(' ') && isNotName(m[2], false, true))
      && !(!win.slice(0, m.index).trim() && isOpeningVerb(m[2], nextWord(win, m.index + m[0].length)))
      : SOURCE_NOUNS.has(head) || Object.hasOwn(PRONOUNS, head) && head !== 'it' && head !== 'det' && head !== 'den';
    // "The agency's former chief executive Xyz Abc quit, claiming ...": a source noun before a name is its title
    const titled = ok && !m[2] ? NAME_AFTER.exec(win.slice(m.index + m[0].length)) : null;
    if (titled) return [start + m.index, start + m.index + m[0].length + titled[0].length];
    // "Energy minister Andrea Leadsom, the only other candidate, withdrew ..., saying": a capitalised word,
    // a title in lower case and a name are one subject
    const titleName = ok && m[2] ? TITLE_THEN_NAME.exec(win.slice(m.index + m[0].length)) : null;
    if (titleName && TITLES.has(titleName[1].toLowerCase().split(/\s+/).pop() ?? '')) return [start + m.index, start + m.index + m[0].length + titleName[0].length];
    if (ok) return [start + m.index, start + m.index + m[0].length];
    if (m.index > 80) break;
  }
  return null;
}
