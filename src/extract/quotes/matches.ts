import { firstAtOrAfter } from '../../text/sorted-index.js';
import { perText } from '../../text/per-text.js';

/**
 * Every match of a global expression in `s`, as `[...s.matchAll(re)]` gives them. matchAll clones
 * the expression on every call, which for the stage's long word-list expressions costs several
 * microseconds each time, more than the match itself; an exec loop does not.
 */
export function matches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    // an empty match would stop the loop where it is: step past it, as matchAll does
    if (m[0] === '') re.lastIndex = m.index + (re.unicode && s.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return out;
}

/**
 * The matches of a global expression over a whole text, found once per text and read by range:
 * for questions asked sentence by sentence ("does this sentence cite anyone?"). A match counts
 * for a range when it lies wholly inside it.
 */
export function byRange(re: RegExp): (text: string, from: number, to: number) => RegExpExecArray[] {
  const matchesOf = perText((text) => matches(re, text));
  return (text, from, to) => {
    const found = matchesOf(text);
    const lo = firstAtOrAfter(found, (m) => m.index, from);
    const out: RegExpExecArray[] = [];
    for (let i = lo; i < found.length && found[i].index + found[i][0].length <= to; i++) out.push(found[i]);
    return out;
  };
}
