import { francAll } from 'franc';
import type { Language } from '../model.js';
import { loadData } from '../data.js';

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
  let language = ISO3_TO_1[best[0]] ?? 'und';
  const margin = second ? best[1] - second[1] : 1;
  // Danish, Norwegian and Swedish share most trigrams: on a near-tie, count distinctive words.
  if (second && SCANDINAVIAN.has(language) && SCANDINAVIAN.has(ISO3_TO_1[second[0]] ?? '') && margin < 0.05) {
    language = scandinavianByWords(sample) ?? language;
  }
  return { language, confidence: Math.round(Math.min(1, 0.5 + margin * 10) * 100) / 100 };
}

const SCANDINAVIAN = new Set<Language>(['da', 'no', 'sv']);
interface Markers { da: string[]; no: string[]; sv: string[] }
let markerSets: Record<'da' | 'no' | 'sv', Set<string>> | null = null;

/** Counts words that belong to one Scandinavian language only; null when none wins. */
function scandinavianByWords(text: string): Language | null {
  if (!markerSets) {
    const m = loadData<Markers>('language-markers.json');
    const only = (own: string[], ...others: string[][]): Set<string> => new Set(own.filter((w) => !others.some((o) => o.includes(w))));
    markerSets = { da: only(m.da, m.no, m.sv), no: only(m.no, m.da, m.sv), sv: only(m.sv, m.da, m.no) };
  }
  const counts = { da: 0, no: 0, sv: 0 };
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const k of ['da', 'no', 'sv'] as const) if (markerSets[k].has(w)) counts[k]++;
  }
  const ranked = (Object.entries(counts) as ['da' | 'no' | 'sv', number][]).sort((a, b) => b[1] - a[1]);
  return ranked[0][1] > ranked[1][1] ? ranked[0][0] : null;
}
