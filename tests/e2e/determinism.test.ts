import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers/cli.js';

const files = readdirSync(join(ROOT, 'seeds')).map((f) => join('seeds', f));
const fakeClock = `--import=${join(ROOT, 'tests', 'helpers', 'fake-clock.mjs')}`;

describe('deterministic output', () => {
  const baseline = run(['extract', 'seeds/', '--json'], { env: { TZ: 'UTC', LANG: 'C' } }).stdout;

  it.each([
    ['another time zone', { TZ: 'Pacific/Kiritimati' }],
    ['a time zone behind UTC', { TZ: 'America/Los_Angeles' }],
    ['another locale', { LANG: 'da_DK.UTF-8', LC_ALL: 'da_DK.UTF-8' }],
    ['a faked clock in 2031', { NODE_OPTIONS: fakeClock, TZ: 'Asia/Tokyo' }],
  ])('is byte-identical under %s', (_label, env) => {
    expect(run(['extract', 'seeds/', '--json'], { env }).stdout).toBe(baseline);
  });
  it('is byte-identical whatever the order of the arguments', () => {
    const a = run(['extract', ...files, '--json']).stdout;
    const b = run(['extract', ...[...files].reverse(), '--json']).stdout;
    expect(b).toBe(a);
  });
});
