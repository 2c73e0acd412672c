import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers/cli.js';
import { validateDocument } from '../helpers/schema.js';

/**
 * Issue 9's two large inputs, run through the CLI as a user would. No timings here (those live in
 * `npm run bench`): these check that the run completes, loses nothing and stays correct.
 */
interface Line { type: string; data: Record<string, unknown> & { id: string } }
const lines = (stdout: string): Line[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);

/** Code-point slice of a long text without spreading it into an array of 50 million strings. */
function codePointSlice(text: string, start: number, end: number): string {
  let cp = 0; let i = 0; let from = -1;
  while (i < text.length && cp < end) {
    if (cp === start) from = i;
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    cp++;
  }
  return text.slice(from < 0 ? i : from, i);
}

describe('large inputs', () => {
  it('--max-chars: a long file becomes parts whose people merge across them', () => {
    const dir = tempDir();
    const para = 'The council met again and the talks went on late into the evening, officials said.\n\n';
    writeFileSync(join(dir, 'long.txt'), ` date 2024-03-01 Governor Ida Lund said on Monday she would stay.\n\n${para.repeat(30)}Governor Ida Lund spoke again on Friday.\n`);
    const r = run(['extract', dir, '--json', '--max-chars', '1000']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { documents: { id: string; date: { value: string; source: string } }[]; people: { name: string; documents: string[] }[] };
    expect(out.documents.length).toBeGreaterThan(2);
    expect(out.documents.every((d, i) => d.id === `long.txt#${i + 1}` && d.date.value === '2024-03-01' && d.date.source === 'header')).toBe(true);
    const lund = out.people.find((p) => p.name === 'Ida Lund');
    expect(lund?.documents).toEqual(['long.txt#1', `long.txt#${out.documents.length}`]);
  });
  it.each(['5', 'abc', '-1'])('--max-chars %s is a usage error (exit 2)', (v) => {
    const r = run(['extract', 'seeds/', '--json', '--max-chars', v]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-chars');
  });

  it('10,000 tiny files: one NDJSON line each, in order, exit 0', () => {
    const dir = tempDir();
    for (let i = 0; i < 100; i++) {
      const sub = join(dir, `d${String(i).padStart(3, '0')}`);
      mkdirSync(sub);
      for (let j = 0; j < 100; j++) writeFileSync(join(sub, `f${String(j).padStart(3, '0')}.txt`), `Minister Ola Berg${i * 100 + j} spoke on Monday.`);
    }
    const r = run(['extract', dir, '--format', 'ndjson', '--jobs', '2']);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    const docs = out.filter((l) => l.type === 'document');
    expect(docs).toHaveLength(10_000);
    expect(docs[0].data.id).toBe(join('d000', 'f000.txt'));
    expect(docs[9_999].data.id).toBe(join('d099', 'f099.txt'));
    expect(out[out.length - 1]).toEqual({ type: 'summary', data: { schemaVersion: 1, documents: 10_000, errors: 0 } });
  }, 300_000);

  it('a 50 MB file is read in parts of a million characters; facts at the far end keep exact file offsets', () => {
    const dir = tempDir();
    // Filler paragraphs, an astral character early (so code points and UTF-16 differ), news at both ends.
    // The same paragraph over and over: parts of equal length and content (a dump that repeats an
    // article is like that) once made per-text caches compare whole texts on every look-up.
    const filler = 'the committee met again in the main hall and the talks went on while the staff waited outside.\n'.repeat(6) + '\n';
    const head = ' date 2024-03-01 Central bank governor Ida Lund 🙂 said on Monday that she would step down.\n\n';
    const tail = '\n\nFinance Minister Per Holm said on Friday: "We will name a successor soon."\n';
    const text = head + filler.repeat(Math.ceil(50e6 / filler.length)) + tail;
    writeFileSync(join(dir, 'big.txt'), text);
    const r = run(['extract', join(dir, 'big.txt'), '--format', 'ndjson', '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/big\.txt#1: warning: \d+ characters: read in 5\d parts/);
    const docs = lines(r.stdout).filter((l) => l.type === 'document').map((l) => l.data);
    expect(docs.length).toBeGreaterThanOrEqual(50);
    for (const d of docs) expect(validateDocument(d)).toEqual([]);
    const last = docs[docs.length - 1] as unknown as { id: string; date: { value: string }; part: { offset: number; count: number }; people: { name: string; mentions: { text: string; start: number; end: number }[] }[] };
    expect(last.id).toBe(`big.txt#${docs.length}`);
    expect(last.part.count).toBe(docs.length);
    // the header's date holds for every part: "on Friday" in the last part resolves against it
    expect(last.date.value).toBe('2024-03-01');
    const holm = last.people.find((p) => p.name === 'Per Holm');
    expect(holm).toBeDefined();
    const m = holm!.mentions[0];
    expect(codePointSlice(text, last.part.offset + m.start, last.part.offset + m.end)).toBe(m.text);
  }, 600_000);
});
