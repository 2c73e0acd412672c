import { CUE_VERB, INDEFINITE, NUMBERS } from './lexicon.js';
import { byRange, matches } from './matches.js';

/**
 * Unnamed sources as the text describes them: "two senior NATO officials, who were granted
 * anonymity to discuss internal matters", "a US official, speaking on condition of anonymity",
 * "an anonymous source familiar with the discussions", "sources within allied governments",
 * "tre anonyme kilder". Gives how many, the affiliation and the condition of anonymity.
 */
export interface AnonymousSource {
  start: number;
  end: number;
  count: number | null;
  affiliation: string | null;
  anonymity: string | null;
  definite: boolean;
}

const DET = '(?:an?|one|two|three|four|five|six|several|some|many|multiple|other|another|the|these|those|both|en|et|to|tre|fire|fem|flere|nogle|adskillige|de|den)';
const HEAD = '(?:sources?|officials?|diplomats?|insiders?|people|persons?|kild(?:e|er|en|erne)|embedsm(?:and|ænd)|diplomat(?:er|en|erne)?)';
const POST = '(?:familiar with|close to|with knowledge of|briefed on|within|inside|in|from|at|tæt på|med kendskab til|i|inden for|hos)';
// a word of a post-modifier: not a conjunction, relative pronoun, auxiliary or cue ("familiar with the
// talks and a US official", "flere kilder i partiet har ...")
const POST_WORD = `(?!(?:and|or|og|eller|who|which|that|som|der|both|has|have|had|is|are|was|were|will|would|har|er|var|vil|blev|bliver|kan|skal|${CUE_VERB})(?![\\p{L}]))[\\p{L}’'-]+`;
// [det] [up to 4 modifiers] head [post-modifier + up to 5 words]
const ANON = new RegExp(
  `(?<![\\p{L}])(?:(${DET})\\s+)?((?:[\\p{L}.’'-]+[,;:]?\\s+){0,4}?)(${HEAD})(?![\\p{L}])((?:,?\\s+${POST}\\s+(?:the\\s+|de\\s+)?(?:${POST_WORD}(?:\\s+|(?=[,.;]|$))){1,5}))?`,
  'giu');
const DET_WORD = new RegExp(`^${DET}$`, 'iu');
// ", speaking on condition of anonymity" / ", who were granted anonymity to ..." / ", who asked not to be named"
const CONDITION = /^,?\s*((?:who\s+(?:were|was)\s+granted\s+anonymity|speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|who\s+spoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|who\s+(?:asked|requested)\s+not\s+to\s+be\s+(?:named|identified)|who\s+declined\s+to\s+be\s+named|who\s+ønsker\s+at\s+være\s+anonym(?:e)?|der\s+ønsker\s+at\s+være\s+anonym(?:e)?)[^,.;]*)/iu;
// The same condition after a speaker's words, the cue perhaps between: "said one Labour MP, who asked not to be
// named", "one executive director said, speaking on condition of anonymity" (speaker.ts, sources.ts)
export const ANONYMOUS_AFTER = /^(?:\s+(?:said|says|added|told\s+\p{L}+|sagde|siger))?\s*,\s*(?:who\s+(?:asked|requested|declined)\s+not\s+to\s+be|who\s+declined\s+to\s+be\s+(?:named|identified)|(?:who\s+(?:was|were)\s+granted|speaking\s+on\s+(?:the\s+)?condition\s+of|who\s+spoke\s+on\s+(?:the\s+)?condition\s+of)\s+anonymity|(?:der|som)\s+(?:ikke\s+)?ønsker\s+at\s+(?:være\s+anonym|blive\s+(?:nævnt|navngivet)))/iu;
const MARKER = /(?<![\p{L}])(anonym(?:ous|e|t)?|unnamed|unidentified|unavngivne?)(?![\p{L}])/iu;
// words a source's description never holds: where one stands, the description starts after it ("citing two sources", "erfarer Berlingske fra tre kilder")
const STOP_MOD = /^(?:and|or|og|eller|by|of|to|with|for|from|citing|said|says|told|according|ifølge|af|fra|til|baggrund|på|erfarer|skriver|siger|oplyser)$/iu;
const PLURAL = /(?:s|er|erne|ænd|people)$/iu;

// Head nouns found fast first; the full expression then runs only on a window around each.
const HEAD_FAST = new RegExp(`${HEAD}(?![a-zæøå])`, 'gi');

// Head nouns over the whole text, found once: a sentence holding none has no unnamed source to read.
const headsIn = byRange(new RegExp(HEAD, 'gi'));

export function findAnonymous(text: string, from: number, to: number): AnonymousSource[] {
  const out: AnonymousSource[] = [];
  if (!headsIn(text, from, to).length) return out;
  const slice = text.slice(from, to);
  HEAD_FAST.lastIndex = 0;
  let done = from;
  for (let hit = HEAD_FAST.exec(slice); hit; hit = HEAD_FAST.exec(slice)) {
    const h = { index: from + hit.index, 0: hit[0] };
    let w = Math.max(done, from, h.index - 60);
    while (w > Math.max(done, from) && /\p{L}/u.test(text[w - 1])) w--; // start the window on a word
    for (const m of matches(ANON, text.slice(w, Math.min(to, h.index + 160)))) {
      const found = readMatch(text, w + (m.index ?? 0), m);
      if (found && found.end > done) { out.push(found); done = found.end; }
    }
    done = Math.max(done, h.index + h[0].length);
    HEAD_FAST.lastIndex = done - from;
  }
  return out;
}

/** What one match says: its words, count, affiliation and anonymity; `at` is where the match starts. */
function readMatch(text: string, at: number, m: RegExpMatchArray): AnonymousSource | null {
  let det = (m[1] ?? '').toLowerCase();
  // modifiers as words with their offsets in the match; "said by two officials" keeps what follows the stop word
  const modStart = m[0].indexOf(m[2], m[1] ? m[1].length : 0);
  const modWords = [...m[2].matchAll(/\S+/g)].map((w) => ({ w: w[0], at: modStart + w.index }));
  const cut = modWords.map((x) => STOP_MOD.test(x.w) || /[.,;:]$/.test(x.w)).lastIndexOf(true);
  const kept = modWords.slice(cut + 1);
  if (cut >= 0) det = '';
  if (!det && kept.length && DET_WORD.test(kept[0].w)) det = kept[0].w.toLowerCase();
  const mods = kept.map((x) => x.w).filter((w) => !DET_WORD.test(w));
  const head = m[3];
  if (/^(?:people|persons?)$/i.test(head) && !/familiar|close|knowledge|briefed|tæt|kendskab/i.test(m[4] ?? '')) return null;
  const modText = mods.join(' ');
  const start = at + (cut >= 0 ? (kept[0]?.at ?? m[0].indexOf(head, modStart)) : 0);
  const end = at + m[0].length - ((m[4] ?? '').length - (m[4] ?? '').trimEnd().length);
  const after = CONDITION.exec(text.slice(end, end + 160));
  const anonymity = after?.[1].trim() ?? MARKER.exec(modText)?.[1] ?? null;
  const definite = /^(?:the|these|those|both|de|den)$/.test(det) || /(?:en|erne)$/i.test(head) && /^kild/i.test(head);
  const count = NUMBERS[det] ?? (det === '' && !PLURAL.test(head) ? null : PLURAL.test(head) ? null : INDEFINITE.has(det) ? 1 : null);
  return { start, end, count, affiliation: affiliationOf(mods, m[4] ?? ''), anonymity, definite };
}

// "US official" -> US; "senior NATO officials" -> NATO; "sources within allied governments" -> allied governments
function affiliationOf(mods: string[], post: string): string | null {
  const caps = mods.filter((w) => /^\p{Lu}/u.test(w) && !MARKER.test(w));
  if (caps.length) return caps.join(' ');
  const m = /^,?\s*(?:within|inside|in|from|at|i|inden for|hos)\s+(?:the\s+)?(.+)$/iu.exec(post.trim());
  return m ? m[1].trim() : null;
}
