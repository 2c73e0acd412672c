import { tagsOf } from '../../text/compromise-lexicon.js';
import { isFirstName } from '../people/lexicon.js';

/**
 * Capitalised words that are not names. "Ultimately, member states agreed ..." puts a capital on
 * an adverb only because it opens the sentence; the speaker fallback must not take it for a
 * person. compromise's lexicon knows the English function words and many adverbs ("meanwhile",
 * "instead", "then"); an "-ly" word it does not know and that a comma sets off ("Separately,")
 * is an adverb as compromise's own suffix rules would tag it.
 */

// Tags of words that never name anyone on their own. Not modals ("May", "Will" are names too).
const FUNCTION_TAGS = new Set(['Adverb', 'Conjunction', 'Preposition', 'Pronoun', 'QuestionWord', 'Negative', 'Copula']);
const NAME_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'ProperNoun', 'Organization', 'Place', 'Country', 'City', 'Region']);
const DATE_TAGS = new Set(['WeekDay', 'Month', 'Date']);

/**
 * Is `word` a function word or adverb rather than a name? `comma`: a comma follows it; `alone`: it
 * is the whole phrase. An article opens names ("El Watan", "Le Monde"), so only one standing
 * alone or before a comma counts; an acronym ("US") is never a function word.
 */
export function isNotName(word: string, comma: boolean, alone: boolean): boolean {
  const bare = word.replace(/[,;:.]+$/u, '');
  if (/^\p{Lu}{2,}$/u.test(bare)) return false;
  const tags = tagsOf(bare);
  if (tags.some((t) => NAME_TAGS.has(t))) return false;
  if (tags.some((t) => FUNCTION_TAGS.has(t))) return true;
  if (tags.includes('Determiner')) return alone || comma;
  // "Separately," "Reportedly,": an unknown -ly word set off by a comma
  return !tags.length && comma && /^\p{Lu}\p{Ll}{2,}ly$/u.test(bare);
}

// Tags of words that describe a person rather than name an organisation ("Queen", "Spaniard").
const PERSON_TAGS = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific', 'Actor', 'Demonym']);
// Tags of common words that open a sentence and name nobody on their own ("Asked", "Many", "Having").
// Not adjectives: companies take their names from them ("Orange", "Universal").
const OPENER_TAGS = new Set(['Comparative', 'Superlative', 'PastTense', 'Gerund', 'Determiner', 'Pronoun', 'Adverb']);

/** Does the lexicon know `word` for a person or a person's description? */
export function isPersonWord(word: string): boolean {
  const tags = tagsOf(word.replace(/['’]s$|[,;:.]+$/u, ''));
  // a plural names a firm as often as a group ("Warner Brothers", "Lazard Partners")
  return !tags.includes('Plural') && tags.some((t) => PERSON_TAGS.has(t));
}

/**
 * "Asked about the plan, ...", "Many said": a lone capitalised word the lexicon knows only as a
 * common word (no name tag) opens the sentence; it names no speaker.
 */
export function isCommonWord(word: string): boolean {
  const bare = word.replace(/['’]s$|[,;:.]+$/u, '');
  // an acronym ("US") or a short word ("Fed") is more likely a name than a sentence opener
  if (bare.length < 4 || /^\p{Lu}{2,}$/u.test(bare)) return false;
  const tags = tagsOf(bare);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t)) && tags.some((t) => OPENER_TAGS.has(t));
}

/** "Tuesday", "December": a day or month names a time, not a speaker. */
export const isDateWord = (word: string): boolean => tagsOf(word.replace(/[,;:.]+$/u, '')).some((t) => DATE_TAGS.has(t));

// Tags of the words that follow a verb as its object or complement: "on", "the", "our".
const OBJECT_TAGS = new Set(['Preposition', 'Determiner', 'Possessive']);
// Tags of words that may name a group of speakers by themselves ("Critics", "Americans").
const GROUP_TAGS = new Set(['Actor', 'Demonym']);
// Tags of common words: a verb or noun the lexicon knows ("preys" is tagged as the plural of "prey").
const COMMON_TAGS = new Set(['PresentTense', 'PastTense', 'Gerund', 'Infinitive', 'Verb', 'Plural', 'Singular', 'Noun', 'Adjective']);

/**
 * "Preys on our worst fears and instincts, and calls people “losers”": a clause with no subject
 * (a headline style) opens with its verb, capitalised only because it opens the sentence. A word
 * there that the lexicon knows only as a common word (no name tag, not a given name, not a group
 * such as "Critics"), or an unknown word in -s ("Touts his record"), followed by a preposition,
 * an article or a possessive, is not a name.
 */
export function isOpeningVerb(word: string, next: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !/^\p{Ll}/u.test(next)) return false;
  const tags = tagsOf(word);
  if (tags.some((t) => NAME_TAGS.has(t) || GROUP_TAGS.has(t)) || isFirstName(word)) return false;
  const nextTags = tagsOf(next);
  if (!nextTags.some((t) => OBJECT_TAGS.has(t))) return false;
  if (tags.some((t) => COMMON_TAGS.has(t))) return true;
  return !tags.length && /\p{Ll}s$/u.test(word) && !nextTags.includes('Preposition');
}
