import type { Section } from './rows.js';
import { safeText } from './sanitize.js';

const cell = (s: string): string => safeText(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Renders titled blocks of sections as GitHub-flavoured Markdown tables. */
export function renderMarkdown(blocks: { title: string; sections: Section[] }[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    out.push(`## ${cell(block.title)}`, '');
    for (const s of block.sections) {
      out.push(`### ${s.title} (${s.rows.length})`, '');
      if (s.rows.length === 0) { out.push('_none_', ''); continue; }
      out.push(`| ${s.head.map(cell).join(' | ')} |`, `| ${s.head.map(() => '---').join(' | ')} |`);
      for (const r of s.rows) out.push(`| ${r.map(cell).join(' | ')} |`);
      out.push('');
    }
  }
  return `${out.join('\n')}\n`;
}
