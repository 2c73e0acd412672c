import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';

// An article whose quotes and names carry terminal escapes, control characters and formula starts.
const NASTY = 'Prime Minister Anna Smith said: "\u001b[2J\u001b]0;owned\u0007=HYPERLINK(\\"http://x\\") +1 @SUM(A1) \u0001\u0008 done" on Monday.\n'
  + '"=cmd|\' /C calc\'!A0," Smith said. "-2+3 \u009b31m red" she added. Lone \ud800 surrogate.';

describe('safe output', () => {
  const dir = tempDir();
  const file = join(dir, 'nasty.txt');
  writeFileSync(file, NASTY);

  it.each([['table'], ['markdown']])('%s output never carries raw control characters or escapes', (format) => {
    const r = run(['extract', file, '--format', format, '--date', '2023-06-17'], { env: { FORCE_COLOR: '0' } });
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
  it('CSV cells starting with = + - @ are neutralised', () => {
    const r = run(['extract', file, '--format', 'csv', '--date', '2023-06-17']);
    const cells = r.stdout.split(/[\n,]/).map((c) => c.replace(/^"/, ''));
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@]/);
  });
  it('JSON stays valid with lone surrogates and control characters', () => {
    const r = run(['extract', file, '--json']);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});
