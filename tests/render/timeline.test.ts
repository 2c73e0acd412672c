import { describe, expect, it } from 'vitest';
import type { CorpusResult } from '../../src/model.js';
import { buildCorpus } from '../../src/pipeline/corpus.js';
import { fixtureCorpus, STORY } from '../fixtures/report-corpus.js';
import { EvidenceIndex } from '../../src/render/html/evidence.js';
import { timelineModel } from '../../src/render/html/timeline-items.js';
import { timelineSection } from '../../src/render/html/timeline.js';

describe('timelineModel', () => {
  const model = timelineModel(fixtureCorpus());
  const kinds = (k: string): number => model.items.filter((i) => i.kind === k).length;

  it('puts holders, extensions, each candidate, summits and articles on lanes of their own', () => {
    expect(model.lanes).toEqual(['Holders', 'Term extensions', 'Mark Rutte', 'Klaus Iohannis', 'Kaja Kallas', 'Ben Wallace', 'Mette Frederiksen', 'Summits, deadlines', 'Articles']);
  });

  it.each([
    ['tenure', 2],
    ['extension', 2],
    ['meeting', 2],
    ['deadline', 1],
    ['article', 5],
  ])('draws %s marks: %i', (kind, count) => {
    expect(kinds(kind)).toBe(count);
  });

  it('runs the incumbent to the end of the extended term', () => {
    const inc = model.items.find((i) => i.kind === 'tenure' && i.label === 'Jens Stoltenberg')!;
    expect(inc.when).toBe('1 Oct 2014 – 1 Oct 2024');
    expect(inc.openEnd).toBe(false);
  });

  it('drops lanes that hold nothing dated', () => {
    const undated: CorpusResult = { ...buildCorpus([]), story: { ...STORY, holders: [], incumbent: null, extensions: [], meetings: [], timeline: [] } };
    expect(timelineModel(undated).lanes).not.toContain('Holders');
  });
});

describe('timelineSection', () => {
  it('zooms in on the race and keeps the long tenures in an overview strip', () => {
    const result = fixtureCorpus();
    const out = timelineSection(result, new EvidenceIndex(result.documents)).value;
    expect(out.match(/<svg class="timeline"/g)).toHaveLength(2);
    expect(out).toContain('<rect class="window"');
    expect(out).toMatch(/<text class="tick"[^>]*>Jul 2023<\/text>/);
  });

  it('links each mark to its line in the list', () => {
    const result = fixtureCorpus();
    const out = timelineSection(result, new EvidenceIndex(result.documents)).value;
    const links = [...out.matchAll(/<a class="ti" href="#(tl-\d+)">/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(15);
    for (const l of links) expect(out).toContain(`<li id="${l}">`);
  });

  it('keeps a stray old date from stretching the detailed view', () => {
    const result = fixtureCorpus();
    const stray = { ...STORY.timeline[0], date: '2005', type: 'holds', people: ['Someone Else'] };
    const story = { ...STORY, timeline: [...STORY.timeline, stray] };
    const out = timelineSection({ ...result, story, stories: [story] }, new EvidenceIndex(result.documents)).value;
    const detail = out.split('<svg class="timeline"')[2];
    expect(detail).toMatch(/>Jul 2023<\/text>/);
    expect(detail).not.toMatch(/>2005<\/text>/);
  });

  it('says when there is nothing to draw', () => {
    const empty = buildCorpus([]);
    expect(timelineSection(empty, new EvidenceIndex([])).value).toContain('No dated facts');
  });
});
