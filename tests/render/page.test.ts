import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/corpus.js';
import { fixtureCorpus, hostileCorpus } from '../fixtures/report-corpus.js';
import { renderHtml } from '../../src/render/html/page.js';

/** Every tag and attribute the page may contain; anything else came from an article. */
const TAGS = new Set(['!DOCTYPE', 'html', 'head', 'meta', 'link', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'nav', 'ul', 'ol', 'li', 'a', 'main', 'section', 'div', 'strong', 'span', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'figure', 'blockquote', 'q', 'mark', 'article', 'footer', 'svg', 'defs', 'pattern', 'rect', 'g', 'text', 'line', 'path', 'circle']);
const ATTRS = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'rel', 'href', 'class', 'id', 'title', 'aria-label', 'aria-hidden', 'role', 'data-label', 'open', 'colspan', 'viewBox', 'xmlns', 'width', 'height', 'patternUnits', 'patternTransform', 'fill', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'rx', 'd', 'cx', 'cy', 'r']);

function tags(page: string): { tag: string; attrs: string[] }[] {
  return [...page.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({ tag: m[1], attrs: [...m[2].matchAll(/\s([^\s="]+)(?:="[^"]*")?/g)].map((a) => a[1]) }));
}

describe('renderHtml on a full story', () => {
  const page = renderHtml(fixtureCorpus());

  it('has every section and the timeline picture', () => {
    for (const id of ['glance', 'timeline', 'people', 'quotes', 'sources', 'evidence']) expect(page).toContain(`<section id="${id}">`);
    expect(page).toContain('<svg class="timeline"');
    expect(page).toContain('Jens Stoltenberg');
    expect(page).toMatch(/<span class="status st-won">appointed<\/span>/);
    expect(page).toMatch(/<span class="status st-out">withdrew<\/span>/);
  });

  it('groups the source map by the outlet that carried each claim, the articles\' own reporting last', () => {
    const groups = [...page.matchAll(/<tr class="group"><th colspan="5">(.*?) <span class="docs">/g)].map((m) => m[1]);
    expect(groups).toEqual(['via <span class="outlet">Politico</span>', 'via <span class="outlet">Reuters</span>', 'via <span class="outlet">Ritzau</span>', 'In the articles’ own reporting']);
    expect(page).toContain('two diplomats familiar with the discussions');
  });

  it('links every fact to an anchor that exists', () => {
    const ids = new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...page.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(40);
    for (const t of targets) expect(ids, t).toContain(t);
    expect([...ids].filter((i) => i.startsWith('ev-')).length).toBeGreaterThan(10);
  });

  it('is self-contained: no script, no external files, fonts or URLs', () => {
    expect(page).not.toMatch(/<script|@import|@font-face|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect(page).not.toMatch(/\s(src|srcset|action|formaction)=/i);
    expect([...page.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1])).toEqual(['#hatch']);
  });

  it('pins its one stylesheet in the Content-Security-Policy', () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(page)![1];
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    expect(page).toContain(`default-src 'none'; style-src 'sha256-${hash}'`);
    expect(page).not.toMatch(/\sstyle="/);
  });

  it('uses only known tags and attributes', () => {
    for (const t of tags(page)) {
      expect(TAGS, t.tag).toContain(t.tag);
      for (const a of t.attrs) expect(ATTRS, `${t.tag} ${a}`).toContain(a);
    }
  });

  it('gives the same bytes for the same input', () => {
    expect(renderHtml(fixtureCorpus())).toBe(page);
  });
});

describe('renderHtml on hostile input', () => {
  const page = renderHtml(hostileCorpus());

  it('lets no markup, attribute or script through', () => {
    expect(page).not.toMatch(/<(script|img|iframe|b)\b/i);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(page).not.toMatch(/href="(?!#|data:,")/);
    for (const t of tags(page)) {
      expect(TAGS, t.tag).toContain(t.tag);
      for (const a of t.attrs) expect(ATTRS, `${t.tag} ${a}`).toContain(a);
    }
  });

  it('shows the hostile text as text', () => {
    expect(page).toContain('&lt;img src=x onerror=alert(5)&gt;&quot;&#39;&lt;/style&gt;&lt;script&gt;');
    expect(page).toContain('javascript:alert(7)');
  });

  it('carries no control or bidi-override characters', () => {
    // eslint-disable-next-line no-control-regex
    expect(page).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('renderHtml with nothing found', () => {
  it('says so instead of failing', () => {
    const page = renderHtml(buildCorpus([]));
    expect(page).toContain('No succession story found');
    expect(page).toContain('No dated facts to place on a timeline.');
    expect(page).toContain('No people found.');
    expect(page).toContain('No quotes found.');
    expect(page).toContain('No sources or claims found.');
  });
});
