import { createHash } from 'node:crypto';
import type { CorpusResult, Story } from '../../model.js';
import { html, raw, type Html } from './escape.js';
import { EvidenceIndex } from './evidence.js';
import { evidenceSection } from './evidence-section.js';
import { glanceSection, storyTitle } from './glance.js';
import { peopleSection } from './people.js';
import { quotesSection } from './quotes.js';
import { readableDate, timexRange } from './dates.js';
import { sourceMapSection } from './source-map.js';
import { CSS } from './style.js';
import { timelineSection } from './timeline.js';

/**
 * Content-Security-Policy as a second wall behind escaping: the page runs no script at all,
 * loads nothing, and only the stylesheet below (pinned by its hash) may style it.
 */
const STYLE_HASH = createHash('sha256').update(CSS, 'utf8').digest('base64');
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;

function storiesOf(result: CorpusResult): Story[] {
  if (result.stories?.length) return result.stories;
  return result.story ? [result.story] : [];
}

function subtitle(result: CorpusResult): string {
  const docs = result.documents;
  const dated = docs.map((d) => d.date?.value).filter((v): v is string => Boolean(v && timexRange(v)))
    .sort((a, b) => timexRange(a)!.start - timexRange(b)!.start);
  const span = dated.length ? ` from ${readableDate(dated[0])}${dated.length > 1 ? ` to ${readableDate(dated[dated.length - 1])}` : ''}` : '';
  const langs = [...new Set(docs.map((d) => d.language))].sort().join(', ');
  return `${docs.length} article${docs.length === 1 ? '' : 's'}${span}${langs ? ` · languages: ${langs}` : ''}`;
}

function errorsSection(result: CorpusResult): Html {
  if (!result.errors?.length) return html``;
  return html`<section id="errors"><h2>Inputs that could not be read</h2><ul>${result.errors.map((e) => html`<li><strong>${e.path}</strong>: ${e.message} (${e.code})</li>`)}</ul></section>`;
}

const NAV: [string, string][] = [['glance', 'At a glance'], ['timeline', 'Timeline'], ['people', 'People'], ['quotes', 'Quotes'], ['sources', 'Source map'], ['evidence', 'Evidence']];

/**
 * The whole report as one self-contained HTML page. Sections cite evidence as they render,
 * so the evidence list comes last. Same input, same bytes: no clock, no randomness.
 */
export function renderHtml(result: CorpusResult): string {
  const ev = new EvidenceIndex(result.documents);
  const stories = storiesOf(result);
  const title = storyTitle(stories[0] ?? null);
  const sections = [
    glanceSection(stories, ev), timelineSection(result, ev), peopleSection(result, ev),
    quotesSection(result, ev), sourceMapSection(result, ev), errorsSection(result),
  ];
  const evidence = evidenceSection(ev);
  const page = html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${result.generator?.name ?? 'nato-facts'} ${result.generator?.version ?? ''}">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>${raw(CSS)}</style></head>
<body><header class="top"><h1>${title}</h1><p class="sub">${subtitle(result)}</p></header>
<nav class="toc" aria-label="Sections"><ul>${NAV.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ul></nav>
<main>${sections}${evidence}</main>
<footer>Made with ${result.generator?.name ?? 'nato-facts'} ${result.generator?.version ?? ''}. The facts are read by machine from the articles and may be wrong:
each links to the sentence it came from, so it can be checked.</footer>
</body></html>
`;
  return page.value;
}
