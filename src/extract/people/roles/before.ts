import { isHonorific, PLACE_ORG_FIRST, ROLE_WORDS } from '../lexicon.js';
import type { Token } from '../tokens.js';
import { DA_COMPOUND, parseRolePhrase, type RoleParts } from './phrase.js';

const MAX_BACK = 10;
const GENITIVE = /^(.{2,}?)s$/u;
const PREPOSITION = /^(of|at|for|in|to|i|hos|ved|til|på)$/i;
const LEADING_FILLER = /^(the|of|to|for|and|i|hos|-)$/i;

const isRoleWord = (t: Token): boolean => {
  const low = t.low;
  if (ROLE_WORDS.has(low)) return true;
  const g = GENITIVE.exec(low);
  // "U.S." "U.N." (the tokenizer keeps their last full stop apart)
  if (t.shape === 'initial' && t.text.includes('.') && PLACE_ORG_FIRST.has(`${low}.`)) return true;
  return Boolean(g && ROLE_WORDS.has(g[1])) || /^\p{Ll}[\p{Ll}-]{2,}minister$/u.test(t.text) || DA_COMPOUND.test(t.text);
};

/** Index where a run of role words ending just before `end` begins (honorifics skipped over). */
function roleRunStart(tokens: Token[], end: number): number {
  let i = end;
  while (i > 0 && end - i < MAX_BACK) {
    const t = tokens[i - 1];
    if (t.text === '.' && i - 2 >= 0 && (isHonorific(tokens[i - 2].text) || isRoleWord(tokens[i - 2]))) { i--; continue; }
    if (!isRoleWord(t) && !isHonorific(t.text)) break;
    i--;
  }
  return i;
}

/** The longest parsable role phrase ending at `end`, dropping words from the left until one parses. */
function parseBack(text: string, tokens: Token[], end: number, docOrgs: Set<string>): RoleParts | null {
  let to = end;
  while (to > 0 && (isHonorific(tokens[to - 1].text) || tokens[to - 1].text === '.')) to--;
  // "topchef i A.P. Møller", "chief executive of John Lewis": after a preposition comes the organisation, not the holder
  if (to > 0 && PREPOSITION.test(tokens[to - 1].text)) return null;
  for (let from = roleRunStart(tokens, to); from < to; from++) {
    if (LEADING_FILLER.test(tokens[from].text)) continue;
    const r = parseRolePhrase(text, tokens, from, to, docOrgs);
    if (r) return r;
  }
  return null;
}

/**
 * Titles right before the name.
 * "former Italian Prime Minister Paolo Conti", "US Ambassador to NATO Laura Smith",
 * "statsminister Anne Lund (S)".
 */
export function roleBeforeName(text: string, tokens: Token[], nameFrom: number, docOrgs: Set<string>): RoleParts | null {
  return parseBack(text, tokens, nameFrom, docOrgs);
}

/**
 * A role phrase, a comma, then the name.
 * "the Dutch prime minister, Pieter Bakker", "USA's præsident, Joe Biden", "alliancens generalsekretær, Anders Holm".
 */
export function roleBeforeComma(text: string, tokens: Token[], nameFrom: number, docOrgs: Set<string>): RoleParts | null {
  if (tokens[nameFrom - 1]?.text !== ',') return null;
  return parseBack(text, tokens, nameFrom - 1, docOrgs);
}

/**
 * A second title joined to the one before the name: "Forsvarsminister og formand for Venstre
 * Jakob Ellemann-Jensen", "Defence Minister and party leader Ola Nordmann" -> the first title too.
 */
export function roleBeforeCoordinated(text: string, tokens: Token[], nameFrom: number, docOrgs: Set<string>): RoleParts | null {
  const near = parseBack(text, tokens, nameFrom, docOrgs);
  if (!near) return null;
  const at = tokens.findIndex((t) => t.start === near.start);
  if (at < 2 || !/^(and|og|&)$/i.test(tokens[at - 1].text)) return null;
  return parseBack(text, tokens, at - 1, docOrgs);
}
