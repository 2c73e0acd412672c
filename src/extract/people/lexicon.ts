import { compromiseLexicon, tagsOf } from '../../text/compromise-lexicon.js';
import { loadData } from '../../data.js';
import { foldName } from '../../text/fold.js';

/**
 * The knowledge the people stage uses, built once at module load: compromise's lexicon (English
 * given names, surnames, places, organisations, honorifics) plus our data files (Danish and
 * international names, titles, countries and demonyms, organisations, function words).
 */

interface CountryRow { name: string; demonyms: string[]; aliases?: string[]; da: string[] }
interface OrgRow { name: string; kind: string; aliases: string[]; generic: string[] }
interface TitleData { en: string[]; da: string[]; qualifiers: Record<string, string>; abbreviations: Record<string, string>; descriptors: string[]; heads: string[] }
interface StopData { da: string[]; en: string[]; months: string[]; nonPerson: string[]; nonPersonDa: string[]; placesDa: string[]; personCues: { en: string[]; da: string[] }; speechBefore: { en: string[]; da: string[] }; locatives: { en: string[]; da: string[] } }

const titles = loadData<TitleData>('titles.json');
const countries = loadData<{ countries: CountryRow[] }>('countries.json').countries;
const orgs = loadData<{ organizations: OrgRow[] }>('organizations.json').organizations;
const stop = loadData<StopData>('person-stopwords.json');
const nameData = loadData<{ names: string[]; female: string[]; male: string[]; unisex?: string[] }>('first-names.json');
const firstNames = new Set(nameData.names.map((n) => n.toLowerCase()));
const femaleNames = new Set(nameData.female.map((n) => n.toLowerCase()));
const maleNames = new Set(nameData.male.map((n) => n.toLowerCase()));
// names borne by men and women alike ("Kim Collins"): no gender is inferred from them
const unisexNames = new Set((nameData.unisex ?? []).map((n) => n.toLowerCase()));
const honorificData = loadData<{ en: string[]; da: string[] }>('honorifics.json');
const sourceNouns = loadData<{ en: { anonymous: string[] } }>('source-nouns.json');

/** Lower-case phrase -> canonical English country name ("dutch" -> "Netherlands", "norske" -> "Norway"). */
const COUNTRY_EXACT = new Map<string, string>();
const COUNTRY_FOLDED = new Map<string, string>();
for (const c of countries) {
  for (const form of [c.name, ...c.demonyms, ...(c.aliases ?? []), ...c.da]) { COUNTRY_EXACT.set(form, c.name); COUNTRY_FOLDED.set(form.toLowerCase(), c.name); }
}
/** Forms written with a final dot ("U.S."), by the form without it ("U.S" as a tokenizer cuts it). */
const DOTTED_STEMS = new Set([...COUNTRY_EXACT.keys()].filter((k) => k.endsWith('.')).map((k) => k.slice(0, -1)));
const STARTS_UPPER = /^\p{Lu}/u;
/** Country for a phrase as written: exact form, or any case when it starts with a capital ("DUTCH", "Norske"). */
export function countryOf(phrase: string): string | undefined {
  // cheap tests first: this runs for most words of every document
  const exact = COUNTRY_EXACT.get(phrase);
  if (exact !== undefined) return exact;
  if (DOTTED_STEMS.has(phrase)) return COUNTRY_EXACT.get(`${phrase}.`);
  return STARTS_UPPER.test(phrase) ? COUNTRY_FOLDED.get(phrase.toLowerCase()) : undefined;
}
/** Phrase as written (and lower-cased) -> canonical organisation short name. */
export const ORG = new Map<string, string>();
/** Generic nouns that stand for an organisation the document names ("the alliance" -> NATO). */
export const ORG_GENERIC = new Map<string, string[]>();
export const OUTLETS = new Set<string>();
for (const o of orgs) {
  for (const form of [o.name, ...o.aliases]) { ORG.set(form, o.name); ORG.set(form.toLowerCase(), o.name); }
  for (const g of o.generic) ORG_GENERIC.set(g, [...(ORG_GENERIC.get(g) ?? []), o.name]);
  if (o.kind === 'outlet') for (const form of [o.name, ...o.aliases]) OUTLETS.add(form.toLowerCase());
}

export const TITLES = { en: new Set(titles.en.map((t) => t.toLowerCase())), da: new Set(titles.da.map((t) => t.toLowerCase())) };
/** Every single word that occurs in a title phrase ("prime", "minister", "general"). */
export const TITLE_WORDS = new Set<string>();
for (const t of [...TITLES.en, ...TITLES.da]) for (const w of t.split(/[\s]+/)) TITLE_WORDS.add(w);
export const QUALIFIERS = new Map(Object.entries(titles.qualifiers));
export const TITLE_ABBREVIATIONS = new Map(Object.entries(titles.abbreviations));
/** Words that may stand before a title without changing it ('the only candidate'). */
export const DESCRIPTORS = new Set(titles.descriptors);
/** Title heads that make a title of the capitalised word before them ("Privatisation Minister"). */
export const TITLE_HEADS = new Set(titles.heads);
/** First words of title phrases: a cheap test before phrase matching. */
export const TITLE_FIRST = new Set([...TITLES.en, ...TITLES.da].map((t) => t.split(' ')[0]));
/** The longest title phrase in words, to bound phrase matching. */
export const MAX_TITLE_WORDS = Math.max(...[...TITLES.en, ...TITLES.da].map((t) => t.split(' ').length));

const HONORIFICS = new Set([...honorificData.en, ...honorificData.da].map((h) => h.toLowerCase()));
for (const w of Object.keys(compromiseLexicon)) if (tagsOf(w).includes('Honorific')) HONORIFICS.add(w.replace(/\.$/, ''));
const STOP = { da: new Set(stop.da), en: new Set(stop.en) };
const MONTHS = new Set(stop.months.map((m) => m.toLowerCase()));
const NON_PERSON = new Set([...stop.nonPerson, ...stop.nonPersonDa].map((m) => m.toLowerCase()));
export const PERSON_CUES = { en: new Set(stop.personCues.en), da: new Set(stop.personCues.da) };
export const SPEECH_BEFORE = { en: new Set(stop.speechBefore.en), da: new Set(stop.speechBefore.da) };
export const LOCATIVES = { en: new Set(stop.locatives.en), da: new Set(stop.locatives.da) };
const PLACES_DA = new Set(stop.placesDa.map((m) => m.toLowerCase()));
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);

export const isHonorific = (w: string): boolean => HONORIFICS.has(w.toLowerCase().replace(/\.$/, ''));
export const isStopword = (w: string, lang: string): boolean => STOP.en.has(w.toLowerCase()) || (lang === 'da' && STOP.da.has(w.toLowerCase()));
export const isMonth = (w: string): boolean => MONTHS.has(w.toLowerCase());
/** A given name in compromise's lexicon or in our list. */
export function isFirstName(w: string): boolean {
  const l = w.toLowerCase();
  if (firstNames.has(l)) return true;
  return tagsOf(l).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}
/** 'm', 'f' or null, from compromise's MaleName / FemaleName tags. */
export function genderOf(first: string): 'm' | 'f' | null {
  if (unisexNames.has(first.toLowerCase())) return null;
  if (femaleNames.has(first.toLowerCase())) return 'f';
  if (maleNames.has(first.toLowerCase())) return 'm';
  const t = tagsOf(first);
  if (t.includes('MaleName')) return 'm';
  if (t.includes('FemaleName')) return 'f';
  return null;
}
export const isLastName = (w: string): boolean => tagsOf(w).includes('LastName');
/** A place, country, demonym, organisation or outlet word: never a person's name by itself. */
export function isNonPersonWord(w: string, lang = 'en'): boolean {
  const l = w.toLowerCase();
  // Danish genitives of places and organisations: "Natos", "Danmarks"
  if (lang === 'da' && /[^s]s$/.test(l) && l.length > 3 && isNonPersonStem(w.slice(0, -1))) return true;
  return isNonPersonStem(w);
}
function isNonPersonStem(w: string): boolean {
  const l = w.toLowerCase();
  if (NON_PERSON.has(l) || MONTHS.has(l) || COUNTRY_FOLDED.has(l) || PLACES_DA.has(l) || ORG.has(w) || OUTLETS.has(l)) return true;
  return tagsOf(l).some((t) => PLACE_TAGS.has(t) || ORG_TAGS.has(t) || t === 'Demonym' || t === 'Month' || t === 'WeekDay');
}
/** A multi-word place or organisation known as a whole ("Hong Kong", "New York"). */
export function isKnownNonPersonPhrase(phrase: string): boolean {
  const l = phrase.toLowerCase();
  if (COUNTRY_FOLDED.has(l) || ORG.has(phrase) || ORG.has(l) || OUTLETS.has(l)) return true;
  return tagsOf(l).some((t) => PLACE_TAGS.has(t) || ORG_TAGS.has(t));
}
/** A famous person compromise knows by a single word or the full name ("obama", "barack obama"). */
/** Nouns for people by their job or standing ("analyst", "spokesman", "official"): data/source-nouns.json. */
const JOB_NOUNS = new Set(sourceNouns.en.anonymous.filter((w) => !w.includes(' ')));
export const isJobNoun = (low: string): boolean => JOB_NOUNS.has(low);
export const isKnownPerson = (phrase: string): boolean => tagsOf(phrase.toLowerCase()).some((t) => t === 'Person' || t === 'LastName');
export const foldKey = foldName;

/** Capitalised institution and headline words ("Bank", "University", "Kommune"): never inside a name. */
export const isInstitutionWord = (w: string): boolean => NON_PERSON.has(w.toLowerCase()) || MONTHS.has(w.toLowerCase());

/** Every lower-case word that may stand in a role phrase: title words, qualifiers, country and organisation words. */
export const ROLE_WORDS = new Set<string>([...TITLE_WORDS, ...QUALIFIERS.keys(), ...TITLE_ABBREVIATIONS.keys()].map((w) => w.toLowerCase()));
for (const k of COUNTRY_FOLDED.keys()) for (const w of k.split(' ')) ROLE_WORDS.add(w);
for (const k of ORG.keys()) for (const w of k.toLowerCase().split(' ')) ROLE_WORDS.add(w);
for (const k of ORG_GENERIC.keys()) for (const w of k.split(' ')) ROLE_WORDS.add(w);
for (const w of ['western', 'military', 'transatlantic', 'the', 'of', 'to', 'for', 'i', 'hos', '-']) ROLE_WORDS.add(w);

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);
/** An everyday English word in compromise's lexicon that is not also a name ("Human", "Rights", "Red"). */
const COMMON_TAGS = new Set(['Adjective', 'Plural', 'Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'PhrasalVerb',
  'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Uncountable', 'Comparative', 'Superlative', 'Participle']);
export function isCommonWord(w: string): boolean {
  const t = tagsOf(w);
  return t.some((x) => COMMON_TAGS.has(x)) && !t.some((x) => NAME_TAGS.has(x));
}
/** A capitalised title word ("Secretary", "Commissioner"): names do not end in one. */
export const isTitleWord = (w: string): boolean => TITLE_WORDS.has(w.toLowerCase());

/** Lower-cased first words of every country, organisation and generic organisation form: a cheap test. */
export const PLACE_ORG_FIRST = new Set<string>();
for (const k of COUNTRY_FOLDED.keys()) PLACE_ORG_FIRST.add(k.split(' ')[0]);
for (const k of ORG.keys()) PLACE_ORG_FIRST.add(k.toLowerCase().split(' ')[0]);
for (const k of ORG_GENERIC.keys()) PLACE_ORG_FIRST.add(k.split(' ')[0]);
for (const w of ['the', 'western', 'military', 'transatlantic', 'defence', 'defense']) PLACE_ORG_FIRST.add(w);
