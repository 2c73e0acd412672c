import type { Parser, ParsingContext } from 'chrono-node';
import { LB, RB } from '../lexicon.js';
import { tagTimex } from '../tags.js';

const UNIT: Record<string, string> = { years: 'Y', decades: 'DE', months: 'M', weeks: 'W', days: 'D', hours: 'H', år: 'Y', årtier: 'DE', måneder: 'M', uger: 'W', dage: 'D', timer: 'H' };

/**
 * A plural unit with no amount after a word that makes it a stretch of time:
 * "for years" -> "years" PXY, "in recent weeks" -> "recent weeks" PXW, "i årevis" -> PXY.
 */
const PATTERN = new RegExp(`${LB}(?:(?:for|over|in|within)\\s+)((?:recent\\s+|the\\s+past\\s+|the\\s+coming\\s+)?(years|decades|months|weeks|days|hours))${RB}(?!\\s+(?:ago|earlier|later|of|before|after)${RB})`
  + `|${LB}(?:i|gennem|over)\\s+(årevis|månedsvis|ugevis|dagevis|(?:de\\s+seneste\\s+)?(år|årtier|måneder|uger|dage|timer))${RB}(?!\\s+(?:siden|efter|før))`, 'i');

const DA_VIS: Record<string, string> = { årevis: 'Y', månedsvis: 'M', ugevis: 'W', dagevis: 'D' };

export function createVagueDurationParser(): Parser {
  return {
    pattern: (): RegExp => PATTERN,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const phrase = match[1] ?? match[3];
      const unitWord = (match[2] ?? match[4] ?? match[3]).toLowerCase();
      const unit = UNIT[unitWord] ?? DA_VIS[unitWord];
      if (!phrase || !unit) return null;
      const at = (match.index ?? 0) + match[0].lastIndexOf(phrase);
      // "in recent years" points at the recent past (TimeML PAST_REF) rather than measuring a stretch
      if (/^recent\s/i.test(phrase)) return tagTimex(context.createParsingResult(at, phrase), { value: 'PAST_REF', type: 'DATE', rule: 'vague-duration' });
      const value = unit === 'DE' ? 'PXDE' : unit === 'H' ? 'PTXH' : `PX${unit}`;
      return tagTimex(context.createParsingResult(at, phrase), { value, type: 'DURATION', rule: 'vague-duration' });
    },
  };
}
