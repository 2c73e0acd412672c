import { francAll } from 'franc';
import type { Language } from '../model.js';

/**
 * Language detection with franc (trigram statistics). We restrict it to the languages news in
 * this tool's scope is written in, so that short Danish texts are not mistaken for Norwegian or
 * Swedish noise; the result is an ISO 639-1 code, or "und" when the text is too short to tell.
 */
const ISO3_TO_1: Record<string, Language> = {
  eng: 'en', dan: 'da', nob: 'no', nno: 'no', swe: 'sv', deu: 'de', nld: 'nl', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', pol: 'pl', fin: 'fi',
};
const ONLY = Object.keys(ISO3_TO_1);

export interface LanguageGuess {
  language: Language;
  confidence: number;
}

export function detectLanguage(text: string): LanguageGuess {
  // franc reads at most 2,048 characters; a slice from the middle of a long text is as good.
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const ranked = francAll(sample, { only: ONLY, minLength: 10 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return { language: 'und', confidence: 0 };
  const language = ISO3_TO_1[best[0]] ?? 'und';
  const margin = second ? best[1] - second[1] : 1;
  return { language, confidence: Math.round(Math.min(1, 0.5 + margin * 10) * 100) / 100 };
}
