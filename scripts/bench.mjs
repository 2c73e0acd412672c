#!/usr/bin/env node
// Benchmark: throughput, CPU time and memory of nato-facts extraction beside a baseline, in one run.
//
//   npm run bench                                   # on ../shared/corpora/bbc-news-2225
//   npm run bench -- --dir CORPUS --limit 500       # another folder of .txt files, first N files
//   npm run bench -- --linear                       # also check time grows linearly with input size
//   npm run bench -- --no-baseline                  # skip the (slow) compromise+chrono baseline
//
// Baseline: compromise(text).people() plus chrono.parse(text) on the same files. Figures are
// wall-clock on this machine; compare the ratio, not the absolute numbers, across machines.
//
// What the lines mean (README, "Speed"):
// - "first pass" is what a fresh process pays: V8 runs our rule functions unoptimised and compiles
//   them while it goes; "steady state" is a second pass over the same files in the same process,
//   with the optimised code already there: what each further megabyte of a long run costs.
// - cpu is user+system time of the process and all its threads (V8 compiles and collects garbage
//   on helper threads, so one pipeline thread uses more than one core's worth of wall time).
// - "other load" is CPU time that other processes on the machine took during a measurement; when it
//   is large the figures are not comparable with a quiet run, and the bench says so.
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

/** CPU time (s) every process on the machine has used so far, from /proc/stat (null where there is none). */
function machineCpu() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return (f[0] + f[1] + f[2] + f[5] + f[6]) / 100; // user, nice, system, irq, softirq (USER_HZ = 100)
  } catch { return null; }
}
const ownCpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const noisy = [];
/** Runs fn and returns wall s, own cpu s (in-process runs) and the CPU other processes took meanwhile. */
function measure(fn, childCpu) {
  const m0 = machineCpu(); const c0 = ownCpu(); const t0 = performance.now();
  const r = fn();
  const wall = (performance.now() - t0) / 1000;
  const cpu = childCpu ? childCpu(r) : ownCpu() - c0;
  const other = m0 === null ? 0 : Math.max(0, machineCpu() - m0 - cpu);
  return { wall, cpu, other, r };
}
const line = (label, { wall, cpu, other }, extra = '') => {
  if (other > 0.1 * wall) noisy.push(label);
  console.log(`${label.padEnd(38)} ${wall.toFixed(2).padStart(7)} s  ${(mb / wall).toFixed(3).padStart(6)} MB/s  ${(files.length / wall).toFixed(0).padStart(5)} docs/s  cpu ${cpu.toFixed(2).padStart(6)} s${extra}${other > 0.1 * wall ? `  [other load ${other.toFixed(1)} s]` : ''}`);
};

const base = args.includes('--no-baseline') ? null : measure(() => { for (const t of texts) { nlp(t).people().json(); chrono.parse(t); } });
if (base) line('baseline compromise+chrono (warm)', base);
let lastDocs = [];
const pass = () => { const docs = texts.map((t, i) => processDocument({ id: files[i], text: t }, {})); buildCorpus(docs); lastDocs = docs; };
const first = measure(pass);
line('nato-facts extract, first pass', first);
const steady = measure(pass);
line('nato-facts extract, steady state', steady);
console.log(`  warm-up (JIT) in the first pass: ${(first.wall - steady.wall).toFixed(2)} s wall, ${(first.cpu - steady.cpu).toFixed(2)} s cpu; steady state ${(mb / steady.cpu).toFixed(3)} MB per cpu-second`);
if (base) console.log(`speed-up over baseline: ${(base.wall / first.wall).toFixed(2)}x first pass, ${(base.wall / steady.wall).toFixed(2)}x steady state`);

// End to end, as a user runs it: a fresh CLI process (start-up, reading files, writing NDJSON)
const cli = (jobs) => {
  const m = measure(() => spawnSync(process.execPath, [join(import.meta.dirname, 'bench-cli.mjs'), 'extract', ...(Number.isFinite(limit) ? files : [dir]), '--format', 'ndjson', '--quiet', '--jobs', String(jobs)],
    { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] }),
  (r) => Number(/bench-cpu (\d+)/.exec(r.stderr ?? '')?.[1] ?? 0) / 1e6);
  const rss = Number(/bench-rss (\d+)/.exec(m.r.stderr ?? '')?.[1] ?? 0) / 1024;
  line(`CLI extract --format ndjson --jobs ${jobs}`, m, `  peak RSS ${rss.toFixed(0)} MB`);
  return m;
};
const c1 = cli(1);
const c2 = cli(2);
console.log(`CLI --jobs 2 scaling: ${(c1.wall / c2.wall).toFixed(2)}x (cpu ${c1.cpu.toFixed(1)} s -> ${c2.cpu.toFixed(1)} s: each worker warms up its own JIT)`);

// Start-up: one short article end to end, against importing compromise alone (medians of 3 fresh processes)
const short = files.reduce((a, f, i) => (texts[i].length < texts[a].length && texts[i].length > 500 ? i : a), 0);
const median = (xs) => xs.sort((a, b) => a - b)[1];
const fresh = (argv) => median([0, 1, 2].map(() => measure(() => spawnSync(process.execPath, argv, { stdio: 'ignore' })).wall));
const one = fresh([join(import.meta.dirname, '..', 'bin', 'nato-facts.js'), 'extract', files[short], '--json']);
const imp = fresh(['-e', "import('compromise').then((m) => m.default('Ann Lee said so.').people())"]);
console.log(`start-up: one short article ${one.toFixed(2)} s; importing compromise alone ${imp.toFixed(2)} s`);
console.log(`peak RSS (this process): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
if (noisy.length) console.log(`note: other processes took more than 10% of a core during: ${noisy.join('; ')}. Those figures are not comparable with a quiet run.`);

if (args.includes('--linear')) {
  // the cross-document step (people, timeline, stories) over 1x, 2x, 4x the documents (the corpus's
  // documents repeated under new ids): it should grow about linearly with their number
  let prevCorpus = null;
  for (const k of [1, 2, 4]) {
    const docs = Array.from({ length: k }, (_, j) => lastDocs.map((d) => ({ ...d, id: `${j}/${d.id}` }))).flat();
    const t0 = performance.now();
    buildCorpus(docs);
    const s = (performance.now() - t0) / 1000;
    console.log(`linear (corpus merge): ${docs.length} documents ${s.toFixed(2)} s${prevCorpus ? `, ratio to previous ${(s / prevCorpus).toFixed(2)} (2.00 is linear)` : ''}`);
    prevCorpus = s;
  }
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
