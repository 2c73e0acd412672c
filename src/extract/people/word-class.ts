import { isFirstName, isStopword } from './lexicon.js';
import type { Token } from './tokens.js';

/** Word classes the name recogniser needs: particles, initials, function words, sentence starts. */
// Particles inside names: "Ursula von der Leyen", "Ruud van Nistelrooy", "Osama bin Laden".
export const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'af', 'zu', 'y', "'t", '’t']);
export const CAP_PARTICLE = /^(Van|Von|De|Di|Da|Du|Del|Della|Ter|Ten|Mac)$/;
export const OPENERS = new Set(['"', '“', '‘', '«', '(', '[', '-', '–', '—', ':', "'"]);

/** "A." of "A. Dale": a capital letter with a full stop. */
export const isInitial = (tokens: Token[], i: number): boolean => tokens[i].shape === 'initial' && tokens[i + 1]?.text === '.';
/** A function word, unless it is a given name right before another name word ("Per Løkkegaard"). */
export function isFunctionWord(tokens: Token[], i: number, lang: string): boolean {
  if (!isStopword(tokens[i].text, lang) || isInitial(tokens, i)) return false;
  return !(isFirstName(tokens[i].text) && tokens[i + 1] && isNameShape(tokens[i + 1]));
}
export const isNameShape = (t: Token): boolean => (t.shape === 'cap' || t.shape === 'initial') && !/-\p{Ll}/u.test(t.text);
/** A Korean given name written with a hyphen: "Ki-moon", "Jong-un", "Jae-in", "Geun-hye" (after a family name). */
export const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,4}$/u;

/** Sentence-initial: first word of the sentence, or after an opening quote, bracket or dash. */
export function atStart(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && OPENERS.has(tokens[j].text)) j--;
  return j < 0 || /^[.!?]$/.test(tokens[j].text);
}

