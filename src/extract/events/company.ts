import type { DocContext } from '../../pipeline/context.js';
import { tagsOf } from '../../text/compromise-lexicon.js';
import type { DocPerson } from './persons.js';
import { LEGAL_FORMS } from './posts.js';

// "The Walt Disney Co.", "Acme Holdings Inc", "A.P. Møller - Mærsk A/S": a name with a legal-form suffix
// (the name without its legal form, as the text goes on to call it: "Walt Disney", "Acme Holdings")
const COMPANY = new RegExp(`(?<![\\p{L}])(?:The\\s+)?(\\p{Lu}[\\p{L}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}&'’.-]*){0,2})\\s+(?:${LEGAL_FORMS}|SE)\\.?(?![\\p{L}\\/])`, 'u');

// "Boeing names X as chief executive", "Novo Nordisk har udnævnt X som ny direktør": the name
// that opens a sentence and appoints someone, or replaces or removes its chief ("Acme ousts X",
// "Novo Nordisk skifter topchef", "Novo Nordisk har besluttet at udskifte administrerende direktør X")
const APPOINTER = /(?:^|[.!?]\s+|\n\s*)((?:\p{Lu}[\p{L}&'’.-]*\s+){0,2}\p{Lu}[\p{L}&'’.-]*)\s+(?:names|named|appoints|appointed|has (?:appointed|named|replaced|ousted|removed)|replaces|replaced|ousts|ousted|removes|udnævner|har (?:udnævnt|ansat|konstitueret|udpeget|udskiftet|fyret|afskediget)|har besluttet at (?:udskifte|fyre|afskedige)|ansætter|skifter|udskifter|fyrer|afskediger)\s/gu;
// Danish definite nouns ("Bestyrelsen", "Regeringen") and English common words ("Officials") appoint too
const DEFINITE_DA = /(?:en|et|erne|ene)$/u;
const COMMON = new Set(['Plural', 'Noun', 'Singular', 'Pronoun', 'Determiner', 'Adjective']);

/**
 * The company a corporate post belongs to when none is written beside it: the first one named with
 * a legal form; else a name, named at least twice and not a person's, that opens a sentence and
 * appoints someone.
 */
export function companyNamed(ctx: DocContext, persons: DocPerson[]): string | null {
  const body = ctx.text.slice(ctx.bodyStart);
  const m = COMPANY.exec(body);
  if (m) return m[1].trim();
  for (const a of body.matchAll(APPOINTER)) {
    const name = a[1];
    const words = name.split(/\s+/);
    if (persons.some((p) => words.some((w) => p.name.split(/\s+/).includes(w)))) continue;
    if (words.length === 1 && (DEFINITE_DA.test(name) && ctx.language === 'da' || tagsOf(name.toLowerCase()).some((t) => COMMON.has(t)))) continue;
    if (body.split(name).length - 1 >= 2) return name;
  }
  return null;
}
