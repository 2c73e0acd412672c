/**
 * A word list as one regular expression factored into a trie: "said|says|saying" becomes
 * "sa(?:id|y(?:s|ing))". A flat alternation makes the engine try every word at every position;
 * the trie tries one letter at a time, which runs the cue scan over a text about 2.5 times faster.
 *
 * It matches what a flat alternation sorted longest first matches: at each node the longer
 * continuation is tried before stopping (greedy optional groups), and sibling branches begin
 * with different characters, so at most one of them can go on. That holds for case-insensitive
 * use only when no two words differ by letter case alone, so `fold` lower-cases the words first
 * (for expressions with the `i` flag). A space matches any run of white space (\s+).
 */
type Node = Map<string, Node>;
const END = '';

const escapeChar = (c: string): string => (c === ' ' ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));

function emit(node: Node): string {
  const kids: string[] = [];
  for (const [c, child] of node) if (c !== END) kids.push(escapeChar(c) + emit(child));
  if (!kids.length) return '';
  const body = kids.length === 1 ? kids[0] : `(?:${kids.join('|')})`;
  // a word may end here: what follows is optional, tried first (longest first)
  return node.has(END) ? `(?:${body})?` : body;
}

/** One expression (no capture groups) matching any of `words`, longest first. */
export function trie(words: Iterable<string>, fold = false): string {
  const root: Node = new Map();
  for (const raw of words) {
    const w = (fold ? raw.toLowerCase() : raw).replace(/\s+/g, ' ');
    if (!w) continue;
    let node = root;
    // code points, so an astral letter is never split into halves
    for (const c of w) { let next = node.get(c); if (!next) { next = new Map(); node.set(c, next); } node = next; }
    node.set(END, new Map());
  }
  return emit(root);
}
