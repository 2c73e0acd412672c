import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, run, tempDir } from '../helpers/cli.js';
import { checkAllSpans } from '../helpers/spans.js';

/** Issue 9's table of bad inputs: each gets one clear line naming the file, and the rest goes on. */
describe('bad inputs', () => {
  const good = 'Prime Minister Anna Smith resigned on Monday, the ministry said.';

  it('whitespace-only file: exit 0, no facts', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blank.txt'), '   \n\t\n  ');
    const r = run(['extract', dir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents[0]).toMatchObject({ id: 'blank.txt', people: [], dates: [] });
  });
  it('empty file: exit 0, a document with no facts', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = run(['extract', dir, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents[0]).toMatchObject({ id: 'empty.txt', sentences: 0, people: [], dates: [], warnings: [] });
  });
  it('standard input closed early: an empty document with a warning, exit 0', () => {
    const sh = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} extract - --json <&-`], { cwd: ROOT, encoding: 'utf8' });
    expect(sh.status).toBe(0);
    expect(sh.stderr.trim()).toBe('nato-facts: -: warning: standard input was empty or closed');
    expect(JSON.parse(sh.stdout).documents[0]).toMatchObject({ id: '-', people: [] });
  });
  it('a file that disappears during the run is an error naming it; the others are output', () => {
    const dir = tempDir();
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `f${String(i).padStart(2, '0')}.txt`), `${good} (${i})`);
    // read in order with a window of 16: when the first document is delivered, f30 is not read yet
    const script = `import { extract } from './dist/api.js'; import { rmSync } from 'node:fs';
      let gone = false;
      const r = await extract([${JSON.stringify(dir)}], { onProgress: () => { if (!gone) { gone = true; rmSync(${JSON.stringify(join(dir, 'f30.txt'))}); } } });
      console.log(JSON.stringify({ docs: r.documents.length, errors: r.errors }));`;
    const out = JSON.parse(execFileSync('node', ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
    expect(out.docs).toBe(39);
    expect(out.errors).toEqual([{ path: join(dir, 'f30.txt'), code: 'E_VANISHED', message: 'disappeared during the run' }]);
  });
  it('a 5 MB line with no punctuation: exit 0, one document, no facts', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'line.txt'), 'word '.repeat(1_000_000));
    const r = run(['extract', dir, '--format', 'ndjson', '--max-chars', '0']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout.split('\n')[0]).data;
    expect(doc).toMatchObject({ id: 'line.txt', people: [], quotes: [] });
  });
  it('invalid UTF-8 is decoded as Latin-1 with a warning, not dropped', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Statsminister S\xf8ren Hansen sagde mandag.', 'latin1'));
    const r = run(['extract', dir, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('latin1.txt: warning: not valid UTF-8; decoded as Windows-1252');
    expect(JSON.parse(r.stdout).documents[0].warnings).toHaveLength(1);
  });
  it('UTF-16 with a byte-order mark is decoded; offsets count code points of the decoded text', () => {
    const dir = tempDir();
    const text = ' date 2023-06-17 Prime Minister Anna Smith spoke on Thursday.';
    writeFileSync(join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = run(['extract', dir, '--json']);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.date.value).toBe('2023-06-17');
    expect(checkAllSpans(text, doc)).toEqual([]);
  });
  it.each([['CRLF', '\r\n'], ['CR', '\r']])('%s line ends keep offsets exact', (_l, eol) => {
    const dir = tempDir();
    const text = ['Headline', '', 'Prime Minister Anna Smith spoke on Thursday.', '"We will go on," Smith said.'].join(eol);
    writeFileSync(join(dir, 'eol.txt'), text);
    const doc = JSON.parse(run(['extract', dir, '--json', '--date', '2023-06-17']).stdout).documents[0];
    expect(doc.sentences).toBeGreaterThanOrEqual(3);
    expect(checkAllSpans(text, doc)).toEqual([]);
  });
  it('a symlink loop is reported once and the walk goes on', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), good);
    mkdirSync(join(dir, 'sub'));
    symlinkSync(dir, join(dir, 'sub', 'back'));
    const r = run(['extract', dir, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`nato-facts: ${join(dir, 'sub', 'back')}: symbolic link loop; skipped`]);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });
  it('a FIFO is skipped, never read (no hang)', () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const r = run(['extract', fifo, '--json'], { timeout: 20_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pipe.txt: not a regular file');
  });
  it.runIf(process.getuid?.() === 0)('an unreadable file (run as another user) gives exit 1 and the others are output', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'a.txt'), good);
    writeFileSync(join(dir, 'secret.txt'), good);
    chmodSync(join(dir, 'a.txt'), 0o644);
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const r = run(['extract', dir, '--json'], { uid: 65534, gid: 65534, cwd: '/' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('secret.txt: cannot be read (permission denied)');
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(['a.txt']);
  });
  it('SIGINT stops after the current document: exit 130, partial output kept, no --output file left', async () => {
    const dir = tempDir();
    for (let i = 0; i < 150; i++) for (const f of readdirSync(join(ROOT, 'seeds'))) writeFileSync(join(dir, `${i}-${f}`), readFileSync(join(ROOT, 'seeds', f)));
    const out = join(dir, 'out.json');
    const child = spawn('node', [BIN, 'extract', dir, '--format', 'ndjson', '-o', out], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    await new Promise((r) => setTimeout(r, 2500));
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
