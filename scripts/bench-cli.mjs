#!/usr/bin/env node
// Used by bench.mjs: runs the CLI in this process, as bin/nato-facts.js does, and prints this
// process's peak RSS and CPU time (worker threads included) on the last lines of stderr.
// the launcher's V8 setting (bin/nato-facts.js), made the same way, before the CLI is loaded
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inlining');
const { main } = await import('../dist/cli/main.js');

const code = await main(process.argv.slice(2));
const u = process.resourceUsage();
process.stderr.write(`\nbench-rss ${u.maxRSS}\nbench-cpu ${u.userCPUTime + u.systemCPUTime}\n`);
process.exitCode = code;
