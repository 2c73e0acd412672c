import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for the command-line tool, applied before any of its code runs (the launcher imports
 * this module first). They change speed only, never output.
 *
 * --no-turbo-inlining: V8's optimising compiler spends about 4.5 s of background CPU per thread on
 * a 2,220-article run, much of it inlining our large rule functions into each other and
 * recompiling them after deoptimisations; without inlining it spends about 2.8 s and the main
 * thread runs no slower (scratch measurements, BBC corpus). With one thread that work ran on the
 * idle core, but with --jobs each worker compiles for itself and the compiler competes with the
 * workers for the cores, so it was the main reason --jobs 2 scaled badly (issue 8).
 *
 * --no-regexp-tier-up: V8 first runs a regular expression in its bytecode interpreter and compiles
 * it to machine code on the next use. Our patterns are large alternations (cue verbs, outlets,
 * organisations) that the interpreter runs slowly, and nearly every one is used again, so the
 * interpreted first runs only cost time: the first 3 KB article takes 0.20 s instead of 0.34 s, one
 * article through the CLI 0.80 s instead of 0.88 s; long runs are unchanged.
 *
 * Flags are per process, so worker threads started later inherit them. The library (api.ts)
 * leaves the host's V8 settings alone.
 */
setFlagsFromString('--no-turbo-inlining');
setFlagsFromString('--no-regexp-tier-up');
