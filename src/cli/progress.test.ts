import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIO } from './io.js';
import { progressBar } from './progress.js';

/** A CLI whose stderr is (or is not) a terminal, collecting what is written to it. */
function fakeIO(tty: boolean): { io: CliIO; written: () => string } {
  const stderr = Object.assign(new PassThrough(), { isTTY: tty, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  let out = '';
  stderr.on('data', (c: Buffer) => { out += c.toString(); });
  const io = { stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {} } as unknown as CliIO;
  return { io, written: () => out };
}

describe('progress bar', () => {
  it('shows on a terminal for a long run', () => {
    const { io, written } = fakeIO(true);
    const bar = progressBar(io, false);
    bar.update(5, 40);
    bar.stop();
    expect(written()).toContain('documents');
  });
  it.each([
    ['piped', false, false, 40],
    ['--quiet', true, true, 40],
    ['a short run', true, false, 10],
  ])('stays silent when %s', (_label, tty, quiet, total) => {
    const { io, written } = fakeIO(tty);
    const bar = progressBar(io, quiet);
    bar.update(5, total);
    bar.stop();
    expect(written()).toBe('');
  });
});
