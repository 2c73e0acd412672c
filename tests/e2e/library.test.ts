import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

describe('library', () => {
  it('is importable by its package name, as a user would', () => {
    const script = `import { extract, extractText } from 'nato-facts';
      const r = await extract(['seeds/000_eb96e3aa00c62893.txt']);
      const d = extractText('The minister spoke on Thursday.', { date: '2023-06-17' });
      console.log(JSON.stringify([r.schemaVersion, r.documents.length, d.date.value]));`;
    const out = execFileSync('node', ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([1, 1, '2023-06-17']);
  });
  // Small files are read ahead of the one being processed, large ones only in their turn: either
  // way documents come back in input order.
  it('reads small files ahead and large ones in turn, and keeps input order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nf-ahead-'));
    const names: string[] = [];
    for (let i = 0; i < 30; i++) {
      const name = `f${String(i).padStart(2, '0')}.txt`;
      names.push(name);
      // every tenth file is over the 1 MB read-ahead limit
      writeFileSync(join(dir, name), i % 10 === 3 ? 'Prime Minister Anna Berg resigned. '.repeat(40_000) : `Anna Berg spoke (${i}).`);
    }
    const script = `import { extract } from './dist/api.js';
      const r = await extract([${JSON.stringify(dir)}], { maxChars: 0 });
      console.log(JSON.stringify(r.documents.map((d) => d.id)));`;
    const out = execFileSync('node', ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(JSON.parse(out)).toEqual(names);
  });
});
