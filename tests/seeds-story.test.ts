import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../src/pipeline/run.js';
import { buildStories } from '../src/story/index.js';

// Regression on the five seed articles (see ../shared/gold/seeds.json): the full pipeline, then the story.
const dir = join(__dirname, '..', 'seeds');
const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => processDocument({ id: f, text: readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '') }));

describe('the seeds story', () => {
  const [story] = buildStories(docs);
  it('finds the post, the incumbent and the successor', () => {
    expect(story).toMatchObject({ organization: 'NATO', position: 'Secretary General' });
    expect(story.incumbent).toMatchObject({ name: 'Jens Stoltenberg', since: '2014' });
    expect(story.successor?.name).toBe('Mark Rutte');
    expect(story.holders.map((h) => h.name)).toEqual(['Jens Stoltenberg']);
  });
  it('lists the candidates and not the incumbent or the backers', () => {
    const names = story.candidates.map((c) => c.name).sort();
    expect(names).toEqual(['Ben Wallace', 'Chrystia Freeland', 'Kaja Kallas', 'Krišjānis Kariņš', 'Mario Draghi', 'Mark Rutte', 'Mette Frederiksen']);
    expect(story.candidates.find((c) => c.name === 'Mark Rutte')?.backers).toEqual(expect.arrayContaining(['Joe Biden']));
  });
  it('tells both extensions and the disagreement on how often the term was extended', () => {
    expect(story.extensions.map((x) => x.end)).toEqual(['2023-09-30', expect.stringMatching(/^2024/)]);
    expect(story.disagreements.map((d) => d.about)).toContain('how many times the term was extended');
  });
  it('gives the same story from documents that went through JSON (merged NDJSON)', () => {
    expect(buildStories(JSON.parse(JSON.stringify([...docs].reverse())))).toEqual(buildStories(docs));
  });
});
