import { rankedTitle, type DocumentResult, type MergedPerson, type MergedRole, type PersonFact } from '../model.js';
import { foldName } from '../text/fold.js';

/** One person of one document, ready to merge. */
interface Entry { doc: string; year: number | null; person: PersonFact; words: string[]; roles: MergedRole[] }

/** Two people sharing a surname this many years apart are not taken for one without a full name. */
const MAX_YEARS_APART = 10;

const roleKey = (r: { title: string; org: string | null; country: string | null }): string =>
  `${r.title.toLowerCase().replace(/[-\s]+/g, ' ')}|${r.org ?? ''}|${r.country ?? ''}`;
/** Same title and no disagreement on organisation or country. */
function rolesAgree(a: MergedRole, b: MergedRole): boolean {
  return a.title.toLowerCase().replace(/[-\s]+/g, ' ') === b.title.toLowerCase().replace(/[-\s]+/g, ' ')
    && (!a.org || !b.org || a.org === b.org) && (!a.country || !b.country || a.country === b.country);
}
const describe = (r: MergedRole): string => [r.title, r.org && `(${r.org})`, r.country && `(${r.country})`].filter(Boolean).join(' ');

function entriesOf(docs: DocumentResult[]): Entry[] {
  return docs.flatMap((doc) => {
    const year = /^\d{4}/.test(doc.date?.value ?? '') ? Number(doc.date.value!.slice(0, 4)) : null;
    return doc.people.map((person) => ({
      doc: doc.id, year, person, words: foldName(person.name).split(' '),
      roles: person.roles.map((r) => ({ title: rankedTitle(r), org: r.org, country: r.country, former: r.former, documents: [doc.id] })),
    }));
  });
}

function addTo(target: MergedPerson, e: Entry, reason: string | null): void {
  if (reason && !target.mergedBy.includes(reason)) target.mergedBy.push(reason);
  for (const a of [e.person.name, ...e.person.mentions.map((m) => m.text)]) {
    if (a !== target.name && !target.aliases.includes(a)) target.aliases.push(a);
  }
  if (!target.documents.includes(e.doc)) target.documents.push(e.doc);
  target.mentions += e.person.mentions.length;
  for (const r of e.roles) {
    const same = target.roles.find((x) => roleKey(x) === roleKey(r) && x.former === r.former);
    if (same) { if (!same.documents.includes(e.doc)) same.documents.push(e.doc); } else target.roles.push({ ...r, documents: [...r.documents] });
  }
}

/** Why a surname-only entry belongs to a full-named group, or null when the evidence does not agree. */
function surnameEvidence(e: Entry, group: MergedPerson, years: (number | null)[]): string | null {
  const surname = e.words[0];
  const agreeing = e.roles.find((r) => group.roles.some((g) => rolesAgree(r, g)));
  if (agreeing) return `surname "${e.person.name}" + role ${describe(agreeing)}`;
  // a stated role that none of the group's roles matches: a namesake, unless the group has no roles
  if (e.roles.length && group.roles.length) return null;
  const far = e.year !== null && years.some((y) => y !== null && Math.abs(y - e.year!) > MAX_YEARS_APART);
  if (far) return null;
  return `surname "${surname}" of the only full name in the corpus`;
}

/**
 * Merges people across documents: one entry per person, with the evidence for each merge.
 * Full names merge when they are equal (case- and accent-insensitively). A bare surname joins the
 * one full-named person who carries it when a role agrees, or when nothing disagrees (no
 * conflicting role, documents within ten years of each other). Two full names that share only
 * the surname ("Anders Holm", "Thorvald Holm") never merge.
 */
export function mergePeople(docs: DocumentResult[]): MergedPerson[] {
  const entries = entriesOf(docs);
  const merged: MergedPerson[] = [];
  const byName = new Map<string, MergedPerson>();
  const yearsOf = new Map<MergedPerson, (number | null)[]>();
  for (const e of entries.filter((x) => x.words.length > 1)) {
    const key = e.words.join(' ');
    let target = byName.get(key);
    if (!target) {
      target = { name: e.person.name, aliases: [], documents: [], mentions: 0, roles: [], mergedBy: [] };
      merged.push(target); byName.set(key, target); yearsOf.set(target, []);
      addTo(target, e, null);
    } else addTo(target, e, 'same full name');
    yearsOf.get(target)!.push(e.year);
  }
  // full-named groups by surname, built once (a scan of all groups per surname is quadratic on a year of news)
  const bySurname = new Map<string, MergedPerson[]>();
  for (const [key, m] of byName) {
    const surname = key.split(' ').pop() as string;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), m]);
  }
  const singles = new Map<string, MergedPerson>();
  for (const e of entries.filter((x) => x.words.length === 1)) {
    const groups = bySurname.get(e.words[0]) ?? [];
    const withReason = groups.map((g) => ({ g, why: surnameEvidence(e, g, yearsOf.get(g) ?? []) })).filter((x) => x.why);
    if (withReason.length === 1 && (groups.length === 1 || !withReason[0].why!.includes('only full name'))) {
      addTo(withReason[0].g, e, withReason[0].why); continue;
    }
    let target = singles.get(e.words[0]);
    if (!target) {
      target = { name: e.person.name, aliases: [], documents: [], mentions: 0, roles: [], mergedBy: [] };
      merged.push(target); singles.set(e.words[0], target);
      addTo(target, e, null);
    } else addTo(target, e, 'same name');
  }
  for (const m of merged) { m.documents.sort(); m.aliases.sort(); }
  return merged.sort((a, b) => b.documents.length - a.documents.length || b.mentions - a.mentions || a.name.localeCompare(b.name, 'en'));
}
