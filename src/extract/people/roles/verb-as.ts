import { loadData } from '../../../data.js';
import type { Token } from '../tokens.js';
import type { RoleParts } from './phrase.js';

/**
 * The post a verb gives its subject (rule people/role-verb):
 *   "Anna Berg will step down as leader of the Labour Party"         (she is the leader)
 *   "Tom Hale said on Friday he would step down as chief executive"  (through reported speech)
 *   "Carl Olsen, whose party won, was appointed prime minister"     (a 'whose' clause skipped)
 *   "Ian Moss resigned as finance minister in 2019"                  (a former post)
 *   "Lars Hansen træder tilbage som formand"
 */
interface VerbData { as: Record<string, string>; verbs: { words: string; kind: 'keep' | 'leave' | 'direct' }[]; bridge: string[]; aux: string[] }
const data = loadData<VerbData>('role-verbs.json');
const BRIDGE = new Set(data.bridge);
const AUX = new Set(data.aux);
const AS = new Set(Object.values(data.as).flatMap((a) => a.split('|')));
type Verb = { words: string[]; kind: 'keep' | 'leave' | 'direct' };
/** Verb phrases as token-word lists by their first word, longest first. */
const VERBS = new Map<string, Verb[]>();
for (const v of data.verbs.flatMap((x) => x.words.split('|').map((w): Verb => ({ words: w.split(' '), kind: x.kind })))) {
  VERBS.set(v.words[0], [...(VERBS.get(v.words[0]) ?? []), v].sort((a, b) => b.words.length - a.words.length));
}
const MAX_GAP = 12;
const PASSIVE = new Set(['is', 'was', 'were', 'are', 'been', 'be', 'er', 'blev', 'bliver', 'var']);

function verbAt(tokens: Token[], i: number): { end: number; kind: Verb['kind'] } | null {
  for (const v of VERBS.get(tokens[i]?.low ?? '') ?? []) if (v.words.every((w, k) => tokens[i + k]?.low === w)) return { end: i + v.words.length, kind: v.kind };
  return null;
}

/** Skips ", whose party won a majority," after the name: [index after it] or the same index. */
function skipWhose(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== ',' || !/^(whose|hvis)$/i.test(tokens[i + 1]?.text ?? '')) return i;
  for (let j = i + 2; j < tokens.length && j - i < 15; j++) if (tokens[j].text === ',') return j + 1;
  return i;
}

export function roleByVerb(tokens: Token[], nameTo: number, parse: (from: number, end: number) => RoleParts | null): RoleParts | null {
  let i = skipWhose(tokens, nameTo);
  const start = i;
  let auxiliaries = false; let passive = false;
  // bridge and auxiliary words, a weekday or month after "on" ("said on Friday he would")
  while (i < tokens.length && i - start < MAX_GAP) {
    const t = tokens[i];
    if (verbAt(tokens, i)) break;
    if (AUX.has(t.low)) { auxiliaries = true; passive ||= PASSIVE.has(t.low); i++; continue; }
    if (BRIDGE.has(t.low) || (tokens[i - 1]?.low === 'on' && t.shape === 'cap')) { i++; continue; }
    return null;
  }
  const verb = verbAt(tokens, i);
  // "X was appointed prime minister" names X's post; "X nominated Y governor" names Y's
  if (!verb || (verb.kind === 'direct' && !passive)) return null;
  let from = verb.end;
  if (AS.has(tokens[from]?.low ?? '')) from++;
  else if (verb.kind !== 'direct') return null;
  let end = from;
  while (end < tokens.length && end - from < 10 && !/^[,.;:!?()]$/.test(tokens[end].text) && !/^(since|siden|until|indtil|from|fra|in|i|on|på|by|af|after|efter|and|og|but|men|who|der|som|when|da)$/i.test(tokens[end].text)) end++;
  const r = parse(from, end);
  if (!r) return null;
  // "resigned as finance minister": the post is behind the person; "would step down as": not yet
  if (verb.kind === 'leave' && !auxiliaries && !r.former) { r.former = true; r.qualifiers = [...r.qualifiers, 'former']; }
  return r;
}
