#!/usr/bin/env node
// Used by bench.mjs: runs the CLI in this process, as bin/nato-facts.js does, and prints this
// process's peak RSS (worker threads included) on the last line of stderr.
import { main } from '../dist/cli/main.js';

const code = await main(process.argv.slice(2));
process.stderr.write(`\nbench-rss ${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
