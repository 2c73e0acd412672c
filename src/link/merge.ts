import type { DocumentResult, MergedPerson, MergedRole } from '../model.js';
import { foldName } from '../text/fold.js';

/**
 * Merges people across documents: one entry per person. Two entries merge when they share the
 * full name (case- and accent-insensitively), or when one is a bare surname that only one
 * full-named person in the corpus carries.
 */
export function mergePeople(docs: DocumentResult[]): MergedPerson[] {
  const merged: MergedPerson[] = [];
  const byName = new Map<string, MergedPerson>();
  const pending: { docId: string; name: string; aliases: string[]; mentions: number; roles: MergedRole[] }[] = [];
  for (const doc of docs) {
    for (const p of doc.people) {
      const aliases = [...new Set(p.mentions.map((m) => m.text).filter((t) => t !== p.name))];
      const roles = p.roles.map((r) => ({ title: r.title, org: r.org, country: r.country, former: r.former, documents: [doc.id] }));
      pending.push({ docId: doc.id, name: p.name, aliases, mentions: p.mentions.length, roles });
    }
  }
  // full names first, so surnames can attach to them
  const order = [...pending].sort((a, b) => b.name.split(/\s+/).length - a.name.split(/\s+/).length);
  for (const entry of order) {
    const key = foldName(entry.name);
    let target = byName.get(key);
    let reason = 'same full name';
    if (!target && !entry.name.includes(' ')) {
      const candidates = merged.filter((m) => foldName(m.name).split(' ').pop() === key);
      if (candidates.length === 1) { target = candidates[0]; reason = 'surname of a single full name'; }
    }
    if (!target) {
      target = { name: entry.name, aliases: [], documents: [], mentions: 0, roles: [], mergedBy: [] };
      merged.push(target);
      byName.set(key, target);
    } else if (!target.mergedBy.includes(reason)) target.mergedBy.push(reason);
    if (entry.name !== target.name) entry.aliases.push(entry.name);
    for (const a of entry.aliases) if (!target.aliases.includes(a) && a !== target.name) target.aliases.push(a);
    if (!target.documents.includes(entry.docId)) target.documents.push(entry.docId);
    target.mentions += entry.mentions;
    for (const r of entry.roles) {
      const same = target.roles.find((x) => x.title === r.title && x.org === r.org && x.country === r.country && x.former === r.former);
      if (same) { for (const d of r.documents) if (!same.documents.includes(d)) same.documents.push(d); } else target.roles.push(r);
    }
  }
  for (const m of merged) { m.documents.sort(); m.aliases.sort(); }
  return merged.sort((a, b) => b.documents.length - a.documents.length || b.mentions - a.mentions || a.name.localeCompare(b.name, 'en'));
}
