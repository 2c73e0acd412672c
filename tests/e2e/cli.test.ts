import { existsSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ROOT, run, tempDir } from '../helpers/cli.js';
import { validateOutput } from '../helpers/schema.js';

const SEED = 'seeds/000_eb96e3aa00c62893.txt';
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

describe('extract: formats', () => {
  it('prints tables without colour codes when stdout is not a terminal', () => {
    const r = run(['extract', 'seeds/']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('000_eb96e3aa00c62893.txt');
    expect(r.stdout).toContain('People across documents');
    expect(r.stdout).not.toMatch(ANSI);
  });
  it('prints schema-valid JSON with --json', () => {
    const r = run(['extract', 'seeds/', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(validateOutput(json)).toEqual([]);
    expect(json.documents.map((d: { id: string }) => d.id)).toEqual(readdirSync('seeds').sort());
  });
  it('writes one NDJSON line per document, then a summary', () => {
    const r = run(['extract', 'seeds/', '--format', 'ndjson']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(['document', 'document', 'document', 'document', 'document', 'summary']);
    expect(lines[5].data).toEqual({ schemaVersion: 1, documents: 5, errors: 0 });
  });
  it('writes CSV with a kind column, one row per fact', () => {
    const r = run(['extract', SEED, '--format', 'csv']);
    const [head, ...rows] = r.stdout.trim().split('\n');
    expect(head.split(',')[0]).toBe('kind');
    expect(rows.length).toBeGreaterThan(3);
    expect(new Set(rows.map((x) => x.split(',')[0]))).toContain('date');
  });
  it('writes Markdown tables', () => {
    const r = run(['extract', SEED, '--format', 'markdown']);
    expect(r.stdout).toMatch(/^## 000_eb96e3aa00c62893\.txt/);
    expect(r.stdout).toContain('| Text | Value | Type | Offsets |');
  });
  it('shows an interrupted quotation as its quoted words, the attribution left out (JSON keeps the span and the parts)', () => {
    const input = 'Nobody saw it coming.\n\n"Nobody expected this," an official said. "It leaves us without a leader."\n';
    const table = run(['quotes', '-', '--date', '2020-05-14'], { input }).stdout;
    expect(table).toContain('Nobody expected this, … It leaves us without a leader.');
    expect(table).not.toContain('an official said. "It');
    const q = JSON.parse(run(['extract', '-', '--json', '--date', '2020-05-14'], { input }).stdout).documents[0].quotes[0];
    expect(q.text).toBe('Nobody expected this," an official said. "It leaves us without a leader.');
    expect(q.parts.map((p: { text: string }) => p.text)).toEqual(['Nobody expected this,', 'It leaves us without a leader.']);
  });
  it.each([['people', 'People'], ['dates', 'Dates'], ['quotes', 'Quotes'], ['sources', 'Sources']])('the %s command shows only that kind', (cmd, title) => {
    const r = run([cmd, SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(title);
    for (const other of ['Dates (', 'Quotes (', 'People (', 'Events']) if (!other.startsWith(title)) expect(r.stdout).not.toContain(other);
  });
  it('--only keeps the asked-for kinds in JSON', () => {
    const json = JSON.parse(run(['extract', SEED, '--json', '--only', 'dates']).stdout);
    expect(Object.keys(json.documents[0])).toContain('dates');
    expect(Object.keys(json.documents[0])).not.toContain('quotes');
  });
  it('reads standard input as "-"', () => {
    const r = run(['extract', '-', '--json', '--date', '2023-06-17'], { input: 'The minister spoke on Thursday.' });
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.id).toBe('-');
    expect(doc.date).toMatchObject({ value: '2023-06-17', source: 'option' });
  });
  it('reads many documents from JSON Lines on standard input with --stdin-jsonl', () => {
    const input = `${JSON.stringify({ id: 'one', text: 'The minister resigned on Monday.' })}\n"A bare string document."\nnot json\n`;
    const r = run(['extract', '-', '--stdin-jsonl', '--json'], { input });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('nato-facts: -:3: line is not a JSON document ({"id": ..., "text": ...} or a string)');
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(['-:2', 'one']);
  });
  it('writes --output atomically and leaves no temporary file', () => {
    const dir = tempDir();
    const out = join(dir, 'facts.json');
    const r = run(['extract', SEED, '--json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['facts.json']);
  });
});

describe('extract: inputs and exit codes', () => {
  it('exit 1 on a missing file, one line naming it, and the other files still output', () => {
    const r = run(['extract', 'nope.txt', SEED, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('nato-facts: nope.txt: no such file or directory');
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });
  it('exit 0 on an empty file, with no facts', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = run(['extract', join(dir, 'empty.txt'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents[0].people).toEqual([]);
  });
  it('exit 1 on a directory without text files', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'data.bin'), 'x');
    const r = run(['extract', dir, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`nato-facts: ${dir}: directory holds no text files`);
  });
  it('exit 1 on a binary file; other files processed', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    writeFileSync(join(dir, 'b.txt'), 'The minister resigned on Monday.');
    const r = run(['extract', dir, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a.txt: looks like a binary file');
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(['b.txt']);
  });
  it.each([
    [['extract'], 'no input'],
    [['extract', SEED, '--format', 'yaml'], 'unknown format'],
    [['extract', SEED, '--date', '2023-02-30'], 'not a date'],
    [['extract', SEED, '--only', 'weather'], 'unknown kind'],
    [['extract', SEED, '--frobnicate'], 'unknown option'],
    [['frobnicate'], 'unknown command'],
  ])('exit 2 on a usage error: %j', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('prints the version and help with examples', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = run(['extract', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('jq');
  });
  it('prints the JSON Schema', () => {
    const r = run(['schema']);
    expect(JSON.parse(r.stdout).title).toContain('nato-facts');
  });
  it('ends quietly, exit 0, when the reader closes the pipe early (| head -1)', () => {
    const dir = tempDir();
    for (let i = 0; i < 20; i++) for (const f of readdirSync('seeds')) writeFileSync(join(dir, `${i}-${f}`), readFileSync(join('seeds', f)));
    const sh = spawnSync('bash', ['-c', `node bin/nato-facts.js extract ${dir} --format markdown | head -1; echo "exit=\${PIPESTATUS[0]}"`], { encoding: 'utf8', cwd: ROOT });
    expect(sh.stderr).toBe('');
    const [first, status] = sh.stdout.trim().split('\n');
    expect(first).toMatch(/^## /);
    expect(status).toBe('exit=0');
  });
});

describe('parallel workers', () => {
  it('--jobs 2 gives byte-identical output to one thread', () => {
    const one = run(['extract', 'seeds/', '--json']);
    const two = run(['extract', 'seeds/', '--json', '--jobs', '2']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });
  it('--jobs 2 streams the same NDJSON lines, made in the workers', () => {
    const one = run(['extract', 'seeds/', '--format', 'ndjson']);
    const two = run(['extract', 'seeds/', '--format', 'ndjson', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
  });
  it('rejects a bad --jobs value', () => {
    expect(run(['extract', 'seeds/', '--jobs', 'many']).code).toBe(2);
  });
});

describe('merge', () => {
  it('merging NDJSON shards gives the same JSON as one run', () => {
    const dir = tempDir();
    const files = readdirSync('seeds').map((f) => join('seeds', f));
    writeFileSync(join(dir, 'a.ndjson'), run(['extract', ...files.slice(0, 2), '--format', 'ndjson']).stdout);
    writeFileSync(join(dir, 'b.ndjson'), run(['extract', ...files.slice(2), '--format', 'ndjson']).stdout);
    const merged = run(['merge', join(dir, 'b.ndjson'), join(dir, 'a.ndjson'), '--json']);
    const whole = run(['extract', ...files, '--json']);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    expect(existsSync(join(dir, 'a.ndjson'))).toBe(true);
  });
});
