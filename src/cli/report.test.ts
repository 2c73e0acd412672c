import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs the built CLI (npm test builds first), as a user would.
function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync('node', ['bin/nato-facts.js', ...args], { encoding: 'utf8', input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('nato-facts report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nato-report-'));

  it('writes one self-contained page for the seeds', () => {
    const out = join(dir, 'seeds.html');
    const r = run(['report', 'seeds/', '-o', out]);
    expect(r.code).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    for (let i = 1; i <= 5; i++) expect(page).toContain(`id="doc-${i}"`);
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('gives the same bytes in another run, where extract --format html makes the same page (with workers too)', () => {
    const viaExtract = run(['extract', 'seeds/', '--format', 'html', '--jobs', '2']);
    expect(viaExtract.code).toBe(0);
    expect(viaExtract.stdout).toBe(readFileSync(join(dir, 'seeds.html'), 'utf8'));
  });

  it('reads standard input', () => {
    const r = run(['report', '-', '--date', '2024-02-21'], 'Prime Minister Ann Lee said on Monday that she would stay.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ann Lee');
  });

  it('still writes the page when an input is missing, lists it, and exits 1', () => {
    const out = join(dir, 'partial.html');
    const r = run(['report', 'seeds/000_eb96e3aa00c62893.txt', 'no-such-file.txt', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no-such-file.txt');
    expect(readFileSync(out, 'utf8')).toContain('Inputs that could not be read');
  });

  it.each([
    [['report'], 'no input'],
    [['report', 'seeds/', '--date', '2024-13-01'], '--date'],
    [['report', 'seeds/', '--jobs', 'many'], '--jobs'],
  ])('%j is a usage error', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('leaves no file behind when it cannot write', () => {
    const out = join(dir, 'no-such-dir', 'x.html');
    expect(run(['report', 'seeds/', '-o', out]).code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
