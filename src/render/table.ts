import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Section } from './rows.js';
import { clip, safeText } from './sanitize.js';

export interface TableStyle {
  /** Colour output (a terminal, and NO_COLOR unset). */
  color: boolean;
  /** Terminal width, for wrapping long cells. */
  width: number;
}

/** Renders titled blocks of sections as cli-table3 tables. Returns the text; the CLI writes it. */
export function renderTables(blocks: { title: string; sections: Section[] }[], style: TableStyle): string {
  const chalk = new Chalk({ level: style.color ? 1 : 0 });
  const parts: string[] = [];
  for (const block of blocks) {
    parts.push(chalk.bold.underline(safeText(block.title)));
    for (const section of block.sections) {
      if (section.rows.length === 0) { parts.push(chalk.dim(`${section.title}: none`)); continue; }
      const max = Math.max(20, Math.floor((style.width - 4 * section.head.length) / section.head.length) * 2);
      const table = new Table({
        head: section.head.map((h) => chalk.cyan(h)),
        style: { head: [], border: style.color ? ['grey'] : [] },
        wordWrap: true,
      });
      for (const row of section.rows) table.push(row.map((c) => clip(safeText(c), max)));
      parts.push(`${chalk.bold(section.title)} (${section.rows.length})\n${table.toString()}`);
    }
    parts.push('');
  }
  return `${parts.join('\n')}\n`;
}
