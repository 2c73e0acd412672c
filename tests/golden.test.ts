import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/pipeline/run.js';
import { buildCorpus } from '../src/pipeline/corpus.js';
import { renderTables } from '../src/render/table.js';
import { corpusSections, FACT_KINDS } from '../src/render/rows.js';
import { validateOutput } from './helpers/schema.js';
import { checkAllSpans } from './helpers/spans.js';

/**
 * Golden files for the seeds: the whole JSON and the plain table of each seed. A change in what the
 * extractors find shows up here as a diff to review; accept it deliberately with `npx vitest -u`.
 * (Under CI, vitest never writes snapshots, so a missing or stale golden file fails the run.)
 */
const SEEDS = join(__dirname, '..', 'seeds');
const files = readdirSync(SEEDS).sort();

describe.each(files)('golden: %s', (file) => {
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const doc = processDocument({ id: file, text });
  const corpus = buildCorpus([doc]);

  it('JSON is schema-valid with exact offsets', () => {
    const json = JSON.parse(JSON.stringify(corpus));
    expect(validateOutput(json)).toEqual([]);
    expect(checkAllSpans(text, json.documents[0])).toEqual([]);
  });
  it('JSON matches the golden file', async () => {
    await expect(`${JSON.stringify(corpus, null, 2)}\n`).toMatchFileSnapshot(`golden/${file.replace(/\.txt$/, '')}.json`);
  });
  it('table matches the golden file', async () => {
    await expect(renderTables(corpusSections(corpus, FACT_KINDS), { color: false, width: 120 })).toMatchFileSnapshot(`golden/${file.replace(/\.txt$/, '')}.table.txt`);
  });
});

it('golden: the whole seed corpus (merging and story)', async () => {
  const docs = files.map((f) => processDocument({ id: f, text: readFileSync(join(SEEDS, f), 'utf8') }));
  const corpus = buildCorpus(docs);
  await expect(`${JSON.stringify({ people: corpus.people, story: corpus.story, stories: corpus.stories.length }, null, 2)}\n`).toMatchFileSnapshot('golden/corpus.json');
});
