#!/usr/bin/env node
// Used by bench.mjs: runs the CLI in this process, as bin/nato-facts.js does, and prints this
// process's peak RSS and CPU time (worker threads included) on the last lines of stderr.
import { main } from '../dist/cli/main.js';

const code = await main(process.argv.slice(2));
const u = process.resourceUsage();
process.stderr.write(`\nbench-rss ${u.maxRSS}\nbench-cpu ${u.userCPUTime + u.systemCPUTime}\n`);
process.exitCode = code;
