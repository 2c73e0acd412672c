import type { CorpusResult, DocumentResult, InputError } from '../model.js';
import { mergePeople } from '../link/merge.js';
import { buildStories } from '../story/index.js';
import { buildTimeline } from '../timeline/index.js';
import { VERSION } from '../version.js';

/**
 * Cross-document work: reads only per-document results, so it gives the same answer whether the
 * documents were extracted in one run, in workers, or on other machines and merged from NDJSON.
 */
export function buildCorpus(documents: DocumentResult[], errors: InputError[] = []): CorpusResult {
  const docs = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const stories = buildStories(docs);
  return {
    schemaVersion: 1,
    generator: { name: 'nato-facts', version: VERSION },
    documents: docs,
    people: mergePeople(docs),
    timeline: buildTimeline(docs),
    story: stories[0] ?? null,
    stories,
    errors: [...errors].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}
