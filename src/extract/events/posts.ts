import { COUNTRY_FORMS, COUNTRY_RE, GENERIC_POSTS, ORG_FORMS, ORG_RE, POST_FORMS, POST_RE } from './vocabulary.js';

/** A post, organisation or country named in the text (UTF-16 offsets into the document). */
export interface Hit { start: number; end: number; name: string; generic?: boolean }

function scan(re: RegExp, text: string, from: number, to: number, name: (m: string) => string | null): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const n = name(m[0]);
    if (n) out.push({ start: from + m.index, end: from + m.index + m[0].length, name: n });
  }
  return out;
}

/**
 * Posts: "Secretary General", "statsminister", "CEO". Short forms must be capitals ("PM", not "pm");
 * "leader", "head" are generic: they point at the story's post without naming it.
 * Example: "Dutch PM Anna de Vries's candidacy to become the next NATO secretary-general"
 */
export function findPosts(text: string, from: number, to: number): Hit[] {
  return scan(POST_RE, text, from, to, (m) => {
    const low = m.toLowerCase();
    if (m.length <= 3 && m !== m.toUpperCase()) return null;
    if (GENERIC_POSTS.has(low)) return 'generic';
    return POST_FORMS.get(low) ?? null;
  }).map((h) => (h.name === 'generic' ? { ...h, name: h.start.toString(), generic: true } : h));
}

/** Organisations: "NATO", "Natos" (Danish genitive), "the Labour Party", "Danske Bank". */
export function findOrgs(text: string, from: number, to: number): Hit[] {
  return scan(ORG_RE, text, from, to, (m) => {
    const known = ORG_FORMS.get(m) ?? ORG_FORMS.get(m.replace(/(?:['’]s|s)$/u, ''));
    if (known) return known;
    // a generic match must not start with a sentence word such as "The"
    return m.replace(/^(?:The|Den|Det)\s+/u, '').trim() || null;
  });
}

/** Countries and demonyms: "Dutch" -> Netherlands, "norske" -> Norway, "USA's" -> United States. */
export function findCountries(text: string, from: number, to: number): Hit[] {
  return scan(COUNTRY_RE, text, from, to, (m) => {
    const low = m.toLowerCase();
    const country = COUNTRY_FORMS.get(low);
    // lower-case English words ("us", "american" in a compound) are not countries; Danish demonyms are lower-case
    if (!country) return null;
    if (/^\p{Ll}/u.test(m) && /^[a-z]+$/.test(m) && !/(sk|ske)$/.test(m)) return null;
    if (m === 'us' || m === 'Us') return null;
    return country;
  });
}
