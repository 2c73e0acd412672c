import type { CorpusResult } from '../model.js';
import { renderCsv } from '../render/csv.js';
import { renderHtml } from '../render/html/page.js';
import { renderJson, ndjsonLine } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { corpusSections, type FactKind } from '../render/rows.js';
import { storySections, timelineSection } from '../render/story-rows.js';
import { renderTables } from '../render/table.js';

import type { Format } from '../render/formats.js';

export { FORMATS, type Format } from '../render/formats.js';

export interface RenderStyle { color: boolean; width: number; pretty: boolean }

/** Renders a finished corpus result in the chosen view and format. */
export function renderOutput(result: CorpusResult, view: 'facts' | 'story' | 'timeline', format: Format, kinds: FactKind[], style: RenderStyle): string {
  // The HTML report is one page whatever the view: story, timeline and facts together.
  if (format === 'html') return renderHtml(result);
  if (view === 'story') {
    if (format === 'json' || format === 'ndjson') {
      const body = { schemaVersion: 1, story: result.story, stories: result.stories };
      return format === 'json' ? `${JSON.stringify(body, null, style.pretty ? 2 : undefined)}\n` : `${JSON.stringify(body)}\n`;
    }
    const blocks = [{ title: 'Story', sections: storySections(result) }];
    return format === 'markdown' ? renderMarkdown(blocks) : renderTables(blocks, style);
  }
  if (view === 'timeline') {
    if (format === 'json') return `${JSON.stringify({ schemaVersion: 1, timeline: result.timeline }, null, style.pretty ? 2 : undefined)}\n`;
    if (format === 'ndjson') return result.timeline.map((t) => `${JSON.stringify(t)}\n`).join('');
    const blocks = [{ title: 'Timeline', sections: [timelineSection(result.timeline)] }];
    return format === 'markdown' ? renderMarkdown(blocks) : renderTables(blocks, style);
  }
  switch (format) {
    case 'json': return renderJson(result, kinds, style.pretty);
    case 'ndjson':
      return [...result.documents.map((d) => ndjsonLine({ type: 'document', data: d })), ...result.errors.map((e) => ndjsonLine({ type: 'error', data: e }))].join('');
    case 'csv': return renderCsv(result, kinds);
    case 'markdown': return renderMarkdown(corpusSections(result, kinds));
    default: return renderTables(corpusSections(result, kinds), style);
  }
}
