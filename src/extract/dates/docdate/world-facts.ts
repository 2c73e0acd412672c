import { loadData } from '../../../data.js';
import { alternation, LB, RB } from '../lexicon.js';
import { dayNumber, yearStart, type Constraint } from './constraint.js';

interface OrgFacts { names: string[]; founded: string; memberCounts: { count: number; from: string; to: string | null }[] }
interface DateFacts { organizations: OrgFacts[]; memberWords: string[]; notExact: string[]; anniversaryWords: string[] }

/** Patterns built once from data/date-facts.json. */
const facts = loadData<DateFacts>('date-facts.json');
const names = alternation(facts.organizations.flatMap((o) => o.names));
const members = alternation(facts.memberWords);
// "NATO's 31 nations", "all 31 allied governments", "Natos 31 medlemslande", "the 31 allies"
const COUNT = new RegExp(`${LB}(\\d{2,3})\\s+(?:[A-Za-z]+\\s+)?(?:${members})${RB}`, 'g');
const NOT_EXACT = new RegExp(`(?:${alternation(facts.notExact)})\\s+(?:the\\s+|all\\s+)?$`, 'i');
// "the 75th anniversary of NATO's founding", "Natos 75-års jubilæum"
const ANNIVERSARY = new RegExp(`${LB}(\\d{1,3})(?:st|nd|rd|th|\\.|-års)?\\s+(?:${alternation(facts.anniversaryWords)})(?:\\s+of\\s+(?:the\\s+)?(${names}))?`, 'gi');
const ORG = new RegExp(`${LB}(${names})(?:'s|’s|s)?${RB}`, 'g');

/** Organisations the text names, in order of first mention. */
function orgsIn(text: string): OrgFacts[] {
  const found: OrgFacts[] = [];
  for (const m of text.matchAll(ORG)) {
    const org = facts.organizations.find((o) => o.names.includes(m[1]));
    if (org && !found.includes(org)) found.push(org);
  }
  return found;
}

/**
 * Stated facts that bound the date: a member count ("NATO's 31 nations": NATO had 31 members from
 * 2023-04-04 to 2024-03-07), an anniversary ("the 75th anniversary of NATO's founding": 2024, so
 * written in 2023 or 2024). The counts and founding dates are data (data/date-facts.json).
 */
export function worldFactConstraints(text: string): Constraint[] {
  const orgs = orgsIn(text);
  if (!orgs.length) return [];
  const out: Constraint[] = [];
  for (const m of text.matchAll(COUNT)) {
    if (NOT_EXACT.test(text.slice(Math.max(0, (m.index ?? 0) - 16), m.index))) continue;
    const count = Number(m[1]);
    // the first organisation named whose history has that count; the latest period if several
    const hit = orgs.map((org) => ({ org, span: org.memberCounts.filter((c) => c.count === count).pop() })).find((h) => h.span);
    if (!hit?.span) continue;
    const { org, span } = hit;
    out.push({ from: dayNumber(span.from), to: span.to ? dayNumber(span.to) : Infinity, reason: `${org.names[0]} had ${count} members from ${span.from}${span.to ? ` to ${span.to}` : ''}`, at: m.index ?? 0 });
  }
  for (const m of text.matchAll(ANNIVERSARY)) {
    const org = m[2] ? facts.organizations.find((o) => o.names.includes(m[2])) : orgs[0];
    if (!org) continue;
    const year = Number(org.founded.slice(0, 4)) + Number(m[1]);
    out.push({ from: yearStart(year - 1), to: yearStart(year + 1), reason: `the ${m[1]}th anniversary of ${org.names[0]} (founded ${org.founded}) falls in ${year}`, at: m.index ?? 0 });
  }
  return out;
}
