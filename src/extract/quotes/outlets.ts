import { loadData } from '../../data.js';
import { alternation } from './lexicon.js';

/**
 * News outlets: known names and aliases from data/outlets.json ("Reuters", "VG", "the Post"),
 * plus any capitalised name that a media noun introduces or follows ("det norske medie Xyz",
 * "Xyz news agency"), so unseen outlets are found too.
 */
interface OutletData { outlets: string[][]; mediaNouns: { en: string[]; da: string[] } }
export interface OutletMention { start: number; end: number; name: string; rule: string }

const data = loadData<OutletData>('outlets.json');
const canonical = new Map<string, string>();
for (const [name, ...aliases] of data.outlets) for (const a of [name, ...aliases]) canonical.set(a, name);
const NAME = '[\\p{Lu}][\\p{L}\\p{N}.&’\'-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{N}.&’\'-]*){0,3}';
const MEDIA = alternation([...data.mediaNouns.en, ...data.mediaNouns.da]);
// Known aliases, case-sensitive: "AP" is an outlet, "ap" is not.
const KNOWN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(canonical.keys())})(?![\\p{L}\\p{N}])`, 'gu');
// "the Norwegian newspaper VG", "det norske medie VG", "avisen Politiken"
const NOUN_THEN_NAME = new RegExp(`(?<![\\p{L}])(?:${MEDIA})\\s+(${NAME})`, 'gu');
// "Reuters news agency", "Sputnik news agency"
const NAME_THEN_NOUN = new RegExp(`(${NAME})\\s+(?:news agency|newspaper|nyhedsbureau)(?![\\p{L}])`, 'gu');

/** The canonical name of an outlet alias, or null. */
export function outletName(alias: string): string | null {
  return canonical.get(alias.replace(/\s+/g, ' ')) ?? canonical.get(alias.replace(/^(?:the|The)\s+/, '')) ?? null;
}

/** Outlet mentions in text[from, to), longest first where they overlap. */
export function findOutlets(text: string, from: number, to: number): OutletMention[] {
  const slice = text.slice(from, to);
  const found: OutletMention[] = [];
  for (const m of slice.matchAll(KNOWN)) {
    const name = outletName(m[0]);
    if (name) found.push({ start: from + m.index, end: from + m.index + m[0].length, name, rule: 'quotes/outlet-known' });
  }
  for (const [re, rule] of [[NOUN_THEN_NAME, 'quotes/outlet-media-noun'], [NAME_THEN_NOUN, 'quotes/outlet-news-agency']] as const) {
    for (const m of slice.matchAll(re)) {
      const s = from + m.index + m[0].indexOf(m[1]);
      const name = trimName(m[1]);
      if (name && /\p{Lu}/u.test(name[0])) found.push({ start: s, end: s + name.length, name: outletName(name) ?? name, rule });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((f, i) => !found.some((g, j) => j !== i && g.start <= f.start && g.end >= f.end && (g.end - g.start > f.end - f.start || j < i)));
}

// "VG på" / "Politiken Tuesday": keep the name, drop words that are not part of it.
function trimName(s: string): string {
  const words = s.split(/\s+/);
  while (words.length > 1 && !outletName(words.join(' ')) && /^(?:On|In|At|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag)$/.test(words[words.length - 1])) words.pop();
  return words.join(' ').replace(/[.’'-]+$/, '');
}
