import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';
import { listInputs, readInput } from './read-inputs.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', enc('Zdeněk Hřib'), 'Zdeněk Hřib', 'utf-8'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('Hi')]), 'Hi', 'utf-8'],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0xe6, 0x00]), 'Hæ', 'utf-16le'],
    ['UTF-16BE with BOM', Uint8Array.from([0xfe, 0xff, 0x00, 0x48, 0x00, 0xe6]), 'Hæ', 'utf-16be'],
    ['Latin-1', Uint8Array.from([0x53, 0xf8, 0x72, 0x65, 0x6e]), 'Søren', 'windows-1252'],
  ])('%s', (_l, bytes, text, encoding) => {
    const d = decodeBytes(bytes);
    expect(d).toMatchObject({ text, encoding });
  });
  it('marks NUL bytes as binary', () => {
    expect(decodeBytes(Uint8Array.from([0x41, 0x00, 0x42]))).toEqual({ binary: true });
  });
});

describe('listInputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'nf-list-'));
  mkdirSync(join(root, 'b'));
  mkdirSync(join(root, 'empty'));
  writeFileSync(join(root, 'b', 'z.txt'), 'z');
  writeFileSync(join(root, 'a.txt'), 'a');
  writeFileSync(join(root, 'skip.bin'), 'x');
  writeFileSync(join(root, '.hidden.txt'), 'x');
  symlinkSync(root, join(root, 'b', 'loop'));

  it('walks directories in sorted order, by extension, without following loops forever', async () => {
    const { entries, errors } = await listInputs([root], { extensions: ['txt'] });
    expect(entries.map((e) => e.id)).toEqual(['a.txt', 'b/z.txt']);
    expect(errors.map((e) => e.code)).toEqual(['E_LOOP']);
  });
  it('gives the same order whatever the argument order', async () => {
    const a = await listInputs([join(root, 'b', 'z.txt'), join(root, 'a.txt')], { extensions: ['txt'] });
    const b = await listInputs([join(root, 'a.txt'), join(root, 'b', 'z.txt')], { extensions: ['txt'] });
    expect(a.entries).toEqual(b.entries);
  });
  it('reports missing paths and empty directories', async () => {
    const { errors } = await listInputs([join(root, 'nope.txt'), join(root, 'empty')], { extensions: ['txt'] });
    expect(errors.map((e) => e.code)).toEqual(['E_NOT_FOUND', 'E_EMPTY_DIR']);
  });
  it('reads a file that vanished as an error, not a throw', async () => {
    const r = await readInput({ id: 'gone.txt', path: join(root, 'gone.txt') }, async () => new Uint8Array());
    expect(r).toMatchObject({ code: 'E_VANISHED' });
  });
});
