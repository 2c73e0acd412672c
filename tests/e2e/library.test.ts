import { execFileSync } from 'node:child_process';
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
});
