#!/usr/bin/env node
// Thin launcher: the CLI is compiled TypeScript in dist/ (built by `npm install` / `npm test`).
//
// One V8 setting, made here before any of our code is loaded or compiled (the CLI is imported
// below, after it): no TurboFan inlining. V8's optimising compiler otherwise spends about as much
// background CPU as the extraction itself inlining our rule functions into each other (4.5 s on
// the 2,220 BBC articles), and with --jobs every worker thread compiles for itself, so the
// compilers took the cores the workers needed. Measured on the BBC corpus, alternating runs:
// --jobs 2 7.85 s -> 6.57 s wall, --jobs 1 8.24 s -> 7.87 s, 2-3 s less CPU; output unchanged.
// Worker threads inherit the process's flags. The library (dist/index.js) leaves the host's V8
// settings alone. Only this flag: an earlier launcher that also set --no-regexp-tier-up crashed in
// about one run in a hundred; with this one alone, 0 crashes in 850 runs (scratch/crash.sh).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inlining');

const { main } = await import('../dist/cli/main.js');

let settled = false;
// A run whose promise never settles would otherwise end silently with exit 0 once nothing is left
// to wait for; say so and fail instead.
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  process.stderr.write('nato-facts: internal error: the run ended before it finished; output may be incomplete\n');
  process.exitCode = 1;
});
main(process.argv.slice(2)).then((code) => { settled = true; process.exitCode = code; });
