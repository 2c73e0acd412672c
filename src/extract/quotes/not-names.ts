import { tagsOf } from '../../text/compromise-lexicon.js';

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

/** "Tuesday", "December": a day or month names a time, not a speaker. */
export const isDateWord = (word: string): boolean => tagsOf(word.replace(/[,;:.]+$/u, '')).some((t) => DATE_TAGS.has(t));
