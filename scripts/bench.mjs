#!/usr/bin/env node
// Benchmark: throughput and memory of nato-facts extraction beside a baseline, in one run.
//
//   npm run bench                                   # on ../shared/corpora/bbc-news-2225
//   npm run bench -- --dir CORPUS --limit 500       # another folder of .txt files, first N files
//   npm run bench -- --linear                       # also check time grows linearly with input size
//   npm run bench -- --no-baseline                  # skip the (slow) compromise+chrono baseline
//
// Baseline: compromise(text).people() plus chrono.parse(text) on the same files. Figures are
// wall-clock on this machine; compare the ratio, not the absolute numbers, across machines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { processDocument } from '../dist/pipeline/run.js';
import { buildCorpus } from '../dist/pipeline/corpus.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const dir = resolve(opt('--dir', join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'bbc-news-2225')));
const limit = Number(opt('--limit', Infinity));

function listTxt(d) {
  const out = [];
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) out.push(...listTxt(p)); else if (name.endsWith('.txt')) out.push(p);
  }
  return out;
}
const files = listTxt(dir).slice(0, limit);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const mb = bytes / 1e6;
console.log(`corpus: ${dir} — ${files.length} files, ${mb.toFixed(2)} MB`);

function time(label, fn) {
  const t0 = performance.now();
  fn();
  const s = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(34)} ${s.toFixed(2).padStart(7)} s  ${(mb / s).toFixed(3).padStart(7)} MB/s  ${(files.length / s).toFixed(1).padStart(8)} docs/s`);
  return s;
}

// warm up module-level work (lexicons, compiled patterns) once, outside the timings
processDocument({ id: 'warm', text: texts[0] ?? '' }, {});
nlp(texts[0] ?? '').people();

const base = args.includes('--no-baseline') ? null : time('baseline compromise+chrono', () => {
  for (const t of texts) { nlp(t).people().json(); chrono.parse(t); }
});
const ours = time('nato-facts extract (1 thread)', () => {
  const docs = texts.map((t, i) => processDocument({ id: files[i], text: t }, {}));
  buildCorpus(docs);
});
if (base) console.log(`speed-up over baseline: ${(base / ours).toFixed(2)}x`);

// End to end, as a user runs it: a fresh CLI process (start-up, reading files, writing NDJSON)
const cli = (jobs) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(import.meta.dirname, 'bench-cli.mjs'), 'extract', ...(Number.isFinite(limit) ? files : [dir]), '--format', 'ndjson', '--quiet', '--jobs', String(jobs)],
    { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
  const s = (performance.now() - t0) / 1000;
  const rss = Number(/bench-rss (\d+)/.exec(r.stderr ?? '')?.[1] ?? 0) / 1024;
  console.log(`${`CLI extract --format ndjson --jobs ${jobs}`.padEnd(34)} ${s.toFixed(2).padStart(7)} s  ${(mb / s).toFixed(3).padStart(7)} MB/s  ${(files.length / s).toFixed(1).padStart(8)} docs/s  peak RSS ${rss.toFixed(0)} MB`);
  return s;
};
const c1 = cli(1);
const c2 = cli(2);
console.log(`CLI --jobs 2 scaling: ${(c1 / c2).toFixed(2)}x`);

// the same files through the CLI's code path with worker threads (reading files included)
const { extract } = await import('../dist/api.js');
const runJobs = async (jobs) => {
  const t0 = performance.now();
  await extract(files, { jobs, retain: false });
  return (performance.now() - t0) / 1000;
};
const j1 = await runJobs(1);
const j2 = await runJobs(2);
console.log(`extract() --jobs 1: ${j1.toFixed(2)} s (${(mb / j1).toFixed(3)} MB/s); --jobs 2: ${j2.toFixed(2)} s (${(mb / j2).toFixed(3)} MB/s); scaling ${(j1 / j2).toFixed(2)}x`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

if (args.includes('--linear')) {
  // time for 1x, 2x, 4x the same text in ONE document: should grow about linearly. Two texts: news
  // (names, dates, quotes everywhere) and plain prose with none (scans that look for something rare
  // are the ones that turn quadratic).
  const prose = 'the committee met again in the main hall and the talks went on while the staff waited outside.\n'.repeat(6) + '\n';
  for (const [name, sample] of [['news', texts.slice(0, 40).join('\n\n')], ['prose', prose.repeat(1200)]]) {
    let prev = null;
    for (const k of [1, 2, 4]) {
      const t = Array(k).fill(sample).join('\n\n');
      const t0 = performance.now();
      processDocument({ id: 'linear', text: t }, {});
      const s = (performance.now() - t0) / 1000;
      console.log(`linear (${name}): ${k}x (${(t.length / 1e6).toFixed(2)} MB) ${s.toFixed(2)} s${prev ? `, ratio to previous ${(s / prev).toFixed(2)} (2.00 is linear)` : ''}`);
      prev = s;
    }
  }
}
