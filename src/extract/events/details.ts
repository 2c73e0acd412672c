import type { ClaimCertainty, DateFact } from '../../model.js';
import type { DocContext } from '../../pipeline/context.js';
import { COUNTS, GROUP_WORDS, type LangCues } from './vocabulary.js';
import { findCountries, findOrgs } from './posts.js';
import { isFirstName } from '../people/lexicon.js';
import { cachedIndex, SortedIndex } from '../../text/sorted-index.js';

/** A resolved date in the sentence, in UTF-16 offsets. */
export interface DateAt { start: number; end: number; value: string; type: string }

/** The document's resolved dates inside [from, to); a bare year is read here when the date stage missed it. */
const RESOLVED = new WeakMap<DateFact[], { size: number; index: SortedIndex<DateAt> }>();

export function datesIn(ctx: DocContext, dates: DateFact[], from: number, to: number): DateAt[] {
  const index = cachedIndex(RESOLVED, dates, dates.length, () => new SortedIndex(
    dates.filter((d) => d.value).map((d) => ({ start: ctx.offsets.toUtf16(d.start), end: ctx.offsets.toUtf16(d.end), value: d.value as string, type: d.type })),
    (d) => d.start));
  const out = index.range(from, to).filter((d) => d.end <= to).map((d) => ({ ...d }));
  // "since 2014": a four-digit year is unambiguous without the date stage
  for (const m of ctx.text.slice(from, to).matchAll(/(?<![\p{L}\p{N}-])(1[89]\d\d|20\d\d)(?![\p{N}])/gu)) {
    const s = from + (m.index ?? 0);
    if (!out.some((d) => d.start <= s && s < d.end)) out.push({ start: s, end: s + 4, value: m[1], type: 'DATE' });
  }
  return out.filter((d) => d.type === 'DATE' || d.type === 'DURATION').sort((a, b) => a.start - b.start);
}

/** The first DATE after an "until" cue: "now ending on September 30, 2023", "frem til sommeren næste år". */
export function untilDate(ctx: DocContext, cues: LangCues, dates: DateAt[], from: number, to: number): DateAt | null {
  const slice = ctx.text.slice(from, to);
  cues.until.lastIndex = 0;
  for (const m of slice.matchAll(cues.until)) {
    const at = from + (m.index ?? 0) + m[0].length;
    const d = dates.find((x) => x.type === 'DATE' && x.start >= at && x.start - at <= 60);
    if (d) return d;
  }
  return null;
}

/** How sure the sentence is: "likely to be renewed" -> likely; "it remains unclear whether" -> uncertain. */
// "ending weeks of speculation", "afliver rygterne": a hedge word that the sentence puts to rest
const SETTLED = /\b(?:end(?:s|ed|ing)?|put(?:s|ting)? an end to|quell(?:s|ed|ing)?|dispel(?:s|led|ling)?|silenc(?:e|es|ed|ing)|gør en ende på|gjorde en ende på|aflive(?:r|de)?)\s+(?:[\p{L}-]+\s+){0,3}?(?:speculation|rumou?rs?|spekulation(?:erne)?|rygte(?:rne)?)\b/giu;

// "it is unclear", "nothing is finalized", "has not said whether she will stay", "har ikke meldt ud, om"
const UNDECIDED = /\b(?:unclear|uncertain|undecided|not (?:yet )?(?:finali[sz]ed|agreed|confirmed)|not (?:yet )?(?:said|decided|announced|indicated|disclosed|known) (?:whether|if)|uvist|usikkert|uafklaret|ikke (?:formelt )?(?:bekræftet|afgjort)|ikke (?:sagt|besluttet|meldt ud|afklaret),? om)\b/iu;

export function certaintyOf(cues: LangCues, raw: string): ClaimCertainty {
  const sentence = raw.replace(SETTLED, ' ');
  if (UNDECIDED.test(sentence)) return 'uncertain';
  if (cues.hedge.test(sentence)) return 'likely';
  return 'certain';
}

/** "extended three times" -> 3; "for a fourth time" -> 3 before this one. */
export function extensionCount(sentence: string): number | null {
  const times = /\b(once|twice|two|three|four|five|\d|to|tre|fire|fem)\s+(?:times|gange)\b/iu.exec(sentence);
  if (times) return COUNTS.times[times[1].toLowerCase()] ?? (Number(times[1]) || null);
  const nth = /\bfor (?:a|the) (second|third|fourth|fifth) time\b|\bfor (anden|tredje|fjerde|femte) gang\b/iu.exec(sentence);
  if (nth) return (COUNTS.ordinals[(nth[1] ?? nth[2]).toLowerCase()] ?? 1) - 1;
  return null;
}

export function durationOf(cues: LangCues, sentence: string): string | null {
  return cues.durations.find((d) => d.re.test(sentence))?.value ?? null;
}

/** "due to Russia's invasion of Ukraine" -> "Russia's invasion of Ukraine". */
export function reasonOf(cues: LangCues, text: string): string | null {
  const m = cues.reason.exec(text);
  return m ? m[1].replace(/\s+(?:in|i)\s+\p{Lu}\p{L}+\s+\d{4}$/u, '').trim() : null;
}

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|en|to|tre|fire|fem|seks|syv|otte|ni|ti|tyve)';
// ("rank-and-file members": a hyphenated modifier is one word)
const GROUP = new RegExp(`(?<![\\p{L}-])(?:(?:more than|over|at least|some|about|around|all|most|several|many|a number of|flere end|mere end|alle|de fleste|flere|nogle)\\s+)?(?:the\\s+)?(?:${NUMBER}\\s+)?(?:[\\p{Lu}][\\p{L}]+\\s+|\\p{L}+(?:-\\p{L}+)+\\s+|allied\\s+|key\\s+|major\\s+)?(?:${GROUP_WORDS.join('|')})(?![\\p{L}])`, 'giu');

const NAMED_BEFORE = /(?:^|[,;]|\b(?:as|while|and|but|when|after|mens|og|men|da))\s+(\p{Lu}[\p{L}&'’.-]+(?:\s+\p{Lu}[\p{L}&'’.-]+){0,3})\s*,?\s*(?:(?:on|last|this|i|på|sidste)\s+\p{L}+\s*,?\s*)?(?:\p{Ll}+ly\s+)?$/u;

/**
 * "The European Union, Japan and China all support X": the countries and organisations listed
 * before the one found at `at` (in text order, that one last), back to `from`.
 */
export function listedBefore(ctx: DocContext, from: number, at: number, last: string): string[] {
  const hits = [...findCountries(ctx.text, from, at), ...findOrgs(ctx.text, from, at)]
    .filter((h) => /^\p{Lu}/u.test(ctx.text.slice(h.start, h.end))).sort((a, b) => b.end - a.end);
  const out = [last];
  let edge = at;
  for (const h of hits) {
    if (h.end > edge) continue;
    if (!/^(?:\s*,\s*|\s*,?\s+(?:and|og)\s+)$/u.test(ctx.text.slice(h.end, edge))) break;
    if (!out.includes(h.name)) out.unshift(h.name);
    // ("The European Union": the article before the first is no part of the list)
    edge = ctx.text.slice(Math.max(from, h.start - 4), h.start).match(/\bthe\s+$/iu) ? h.start - 4 : h.start;
  }
  return out;
}

/**
 * Who backs or opposes: a group ("more than 20 NATO allies"), else a country ("Hungary"), in [from, to).
 * The nearest to `near` wins. People are handled by the caller.
 */
export function groupOrCountry(ctx: DocContext, from: number, to: number, near: number): { text: string; at: number } | null {
  const found: { text: string; at: number }[] = [];
  for (const m of ctx.text.slice(from, to).matchAll(GROUP)) found.push({ text: m[0].trim(), at: from + (m.index ?? 0) });
  for (const c of findCountries(ctx.text, from, to)) if (/^\p{Lu}/u.test(ctx.text.slice(c.start, c.end))) found.push({ text: c.name, at: c.start });
  // "as Unite backs Long-Bailey", "the union, Unite, on Monday endorsed": a name of no person right before the verb
  const named = near <= to ? NAMED_BEFORE.exec(ctx.text.slice(from, near)) : null;
  if (named && !named[1].split(/\s+/).some((w) => isFirstName(w))) found.push({ text: named[1], at: from + (named.index ?? 0) + named[0].indexOf(named[1]) });
  found.sort((a, b) => Math.abs(a.at - near) - Math.abs(b.at - near));
  return found[0] ?? null;
}
