import { loadData } from '../../data.js';
import type { EventType } from '../../model.js';

/**
 * The cue words and the post/organisation vocabulary, compiled once at module load.
 * data/titles.json and data/organizations.json (owned by the people stage) are read when present;
 * data/succession-posts.json keeps the story's own minimal vocabulary so it works without them.
 */
interface RuleData { type: EventType; pattern: string; example: string; post?: 'after' }
interface CueData {
  rules: Record<string, RuleData[]>;
  status: Record<string, { status: string; pattern: string }[]>;
  hedges: Record<string, string>;
  future: Record<string, string>;
  reasons: Record<string, string>;
  until: Record<string, string>;
  durations: Record<string, { value: string; pattern: string }[]>;
  counts: { times: Record<string, number>; ordinals: Record<string, number> };
  generic_posts: string[];
  not_the_holder: Record<'en' | 'da', string[]>;
}
interface PostData {
  posts: { name: string; forms: string[]; corporate?: boolean; national?: boolean }[];
  titleWords: string[];
  organizations: { name: string; forms: string[] }[];
  countries: string[][];
  groups: string[];
}

/** `hint` is the pattern without case folding, tried first on the lower-cased sentence (V8 is much faster without /i). */
/** `postAfter`: the cue counts only with a post right after it ("became chief executive", not "became clear"). */
export interface Rule { type: EventType; re: RegExp; hint: RegExp; example: string; postAfter: boolean }
export interface LangCues {
  rules: Rule[];
  /** All the rules' hints in one regex: most sentences fail it and cost one scan. */
  anyHint: RegExp;
  status: { status: string; re: RegExp }[];
  hedge: RegExp;
  future: RegExp;
  reason: RegExp;
  until: RegExp;
  durations: { value: string; re: RegExp }[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A word list as one fast regex: `\b` before words that start with an ASCII letter (V8 scans those
 * quickly), none before "østrigsk" and the like; scan() checks the letter before every match.
 */
const bounded = (words: string[], suffix = ''): string => {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const ascii = sorted.filter((w) => /^[\x00-\x7f]/.test(w)).map(escape);
  const other = sorted.filter((w) => !/^[\x00-\x7f]/.test(w)).map(escape);
  return `(?:\\b(?:${ascii.join('|') || '(?!)'})|(?:${other.join('|') || '(?!)'}))${suffix}(?![\\p{L}\\p{N}])`;
};
/**
 * `\b` knows only ASCII letters, so next to "æ", "ø", "å" it is replaced by Unicode lookarounds;
 * elsewhere it stays, because the lookarounds make V8 test every position (10x slower).
 */
const uni = (pattern: string, flags = 'giu'): RegExp => new RegExp(pattern.replace(/\\b/g, (_m: string, at: number) => {
  const before = pattern[at - 1] ?? ''; const after = pattern[at + 2] ?? '';
  if (/[^\x00-\x7f]/.test(after)) return '(?<![\\p{L}\\p{N}])';
  if (/[^\x00-\x7f]/.test(before)) return '(?![\\p{L}\\p{N}])';
  return '\\b';
}), flags);

function compile(data: CueData, lang: string): LangCues {
  const rules = data.rules[lang] ?? [];
  return {
    rules: rules.map((r) => ({ type: r.type, re: uni(r.pattern), hint: uni(r.pattern, 'u'), example: r.example, postAfter: r.post === 'after' })),
    anyHint: uni(rules.map((r) => `(?:${r.pattern})`).join('|'), 'u'),
    status: (data.status[lang] ?? []).map((s) => ({ status: s.status, re: uni(s.pattern, 'iu') })),
    hedge: uni(data.hedges[lang], 'iu'),
    future: uni(data.future[lang], 'iu'),
    reason: uni(data.reasons[lang], 'iu'),
    until: uni(data.until[lang], 'giu'),
    durations: (data.durations[lang] ?? []).map((d) => ({ value: d.value, re: uni(d.pattern, 'iu') })),
  };
}

const cueData = loadData<CueData>('succession-cues.json');
const postData = loadData<PostData>('succession-posts.json');
export const CUES: Record<string, LangCues> = { en: compile(cueData, 'en'), da: compile(cueData, 'da') };
export const COUNTS = cueData.counts;
export const GENERIC_POSTS = new Set(cueData.generic_posts);
/** "the next governor", "den kommende formand": descriptions of someone other than the role's known holder. */
export const NOT_THE_HOLDER = new Set([...cueData.not_the_holder.en, ...cueData.not_the_holder.da]);

/** Lower-cased form -> canonical post name. Longest forms first so "deputy prime minister" wins. */
export const POST_FORMS = new Map<string, string>();
for (const p of postData.posts) for (const f of p.forms) POST_FORMS.set(f.toLowerCase(), p.name);
/** A post in running text, matched on lower-cased text; short forms ("PM", "CEO") only in capitals (see findPosts). */
/** A company's officers ("Chief Executive", "Chair"): their organisation may be the company the article names. */
export const CORPORATE_POSTS = new Set(postData.posts.filter((p) => p.corporate).map((p) => p.name));
/** A government's offices: their organisation is a country, never a party ("Japan's prime minister"). */
export const NATIONAL_POSTS = new Set(postData.posts.filter((p) => p.national).map((p) => p.name));
export const POST_RE = new RegExp(bounded([...POST_FORMS.keys(), ...GENERIC_POSTS]), 'gu');

/** Parties and parliaments: named in political news about any post, so never a post's organisation by count alone. */
export const SIDES = new Set<string>();
/** Case-sensitive organisation forms -> canonical name, plus titles.json/organizations.json if present. */
export const ORG_FORMS = new Map<string, string>();
for (const o of postData.organizations) for (const f of o.forms) ORG_FORMS.set(f, o.name);
// outlets report on successions; they do not have posts to fill ("ifølge VG")
for (const o of optional<{ name: string; kind?: string; aliases?: string[]; forms?: string[] }[]>('organizations.json')) {
  if (!o || typeof o.name !== 'string' || o.kind === 'outlet') continue;
  for (const f of [o.name, ...(o.aliases ?? []), ...(o.forms ?? [])]) if (!ORG_FORMS.has(f)) ORG_FORMS.set(f, o.name);
  if (o.kind === 'party' || o.kind === 'parliament') SIDES.add(o.name);
}
// "the Labour Party", "Danske Bank", "Novo Nordisk A/S": organisations named by their head noun.
const ORG_HEADS = 'Party|Bank|Group|Corporation|Company|Inc\\.?|plc|A\\/S|Partiet|Parti|Foundation|Federation|Union|Council|Commission|Fund|Agency|Association|Institute|Kommune|Region|Municipality';
// a known organisation may carry the Danish genitive ("Nationalbankens direktion"); orgName() strips it
export const ORG_RE = new RegExp(
  `${bounded([...ORG_FORMS.keys()], 's?')}|\\b(?!(?:The|A|An|Den|Det|De|En|Et)\\s)(?:[\\p{Lu}][\\p{L}&-]+ ){1,3}(?:${ORG_HEADS})(?![\\p{L}])`, 'gu');

/** Folded country names and demonyms -> country (English short name). */
export const COUNTRY_FORMS = new Map<string, string>();
for (const row of postData.countries) for (const f of row) COUNTRY_FORMS.set(f.toLowerCase(), row[0]);
/** Countries and demonyms, matched on lower-cased text. */
// a country may carry the Danish genitive ("Danmarks nye statsminister"); countryName() strips it
export const COUNTRY_RE = new RegExp(bounded([...COUNTRY_FORMS.keys()], 's?'), 'gu');
export const GROUP_WORDS = postData.groups;
export const TITLE_WORDS = new Set([...postData.titleWords, ...[...POST_FORMS.keys()].flatMap((f) => f.split(/\s+/))]);

function optional<T extends unknown[]>(file: string): T | [] {
  try {
    const v = loadData<unknown>(file);
    if (Array.isArray(v)) return v as T;
    const list = (v as Record<string, unknown>)?.organizations ?? (v as Record<string, unknown>)?.items;
    return Array.isArray(list) ? (list as T) : [];
  } catch {
    return [];
  }
}
