import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../model.js';
import { processDocument } from '../pipeline/run.js';
import { mergePeople } from './merge.js';

const doc = (id: string, text: string, date?: string): DocumentResult => processDocument({ id, text }, { language: 'en', date });
const summary = (docs: DocumentResult[]) => mergePeople(docs).map((p) => [p.name, p.documents, p.mergedBy]);

describe('merging across documents', () => {
  it('merges the same full name and records why', () => {
    expect(summary([doc('a', 'Jens Halvorsen spoke.'), doc('b', 'JENS HALVORSEN spoke.\nJens Halvorsen left.')]))
      .toEqual([['Jens Halvorsen', ['a', 'b'], ['same full name']]]);
  });
  it('merges a surname when a role agrees', () => {
    const m = summary([doc('a', 'NATO Secretary General Jens Halvorsen spoke.'), doc('b', 'NATO Secretary General Halvorsen left.')]);
    expect(m[0][1]).toEqual(['a', 'b']);
    expect(m[0][2][0]).toMatch(/role Secretary General/);
  });
  it('keeps namesakes with different roles apart', () => {
    const m = summary([
      doc('a', 'NATO Secretary General Jens Halvorsen spoke.', '2014-10-01'),
      doc('b', 'Finance Minister Halvorsen presented the budget.', '1987-10-01'),
    ]);
    expect(m.map((x) => x[0]).sort()).toEqual(['Halvorsen', 'Jens Halvorsen']);
  });
  it('keeps surnames decades apart separate without a role', () => {
    const m = summary([doc('a', 'Jens Halvorsen spoke.', '2014-10-01'), doc('b', 'On Monday, Halvorsen said the budget was tight.', '1987-10-01')]);
    expect(m).toHaveLength(2);
  });
  it('never merges two full names that share only a surname', () => {
    const m = summary([doc('a', 'Jens Halvorsen spoke.'), doc('b', 'Thorvald Halvorsen spoke.'), doc('c', 'In Oslo, Halvorsen said so.')]);
    expect(m.map((x) => x[0]).sort()).toEqual(['Halvorsen', 'Jens Halvorsen', 'Thorvald Halvorsen']);
  });
  it('keeps a deputy\'s or an acting holder\'s rank in the merged role: a deputy director-general is no director-general', () => {
    const [p] = mergePeople([doc('a', 'Deputy director-general Alan Wolff had served as acting head.')]);
    expect(p.roles.map((r) => r.title)).toEqual(expect.arrayContaining(['deputy director-general', 'acting head']));
    expect(p.roles.map((r) => r.title)).not.toContain('director-general');
  });
});
