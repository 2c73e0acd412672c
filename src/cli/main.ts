import { Command, CommanderError, Option } from 'commander';
import { formatError, UsageError } from '../errors.js';
import type { CorpusResult, DocumentResult, InputError } from '../model.js';
import { checkDate, parseExtensions, parseJobs, parseMaxChars } from './options.js';
import { VERSION } from '../version.js';
// Heavy modules (compromise, chrono, renderers) load only when a command needs them, so --help and
// --version start fast; rows.ts and formats.ts import nothing heavy.
import { FACT_KINDS, type FactKind } from '../render/rows.js';
import { processIO, readAll, stdoutSink, fileSink, type CliIO, type Sink } from './io.js';
import { FORMATS, type Format } from '../render/formats.js';
import { readSchema } from '../schema.js';
import { EXAMPLES } from './help.js';
import { registerReport } from './report.js';
import { progressBar } from './progress.js';
import { createInterface } from 'node:readline';

/**
 * Exit codes, chosen here and nowhere else:
 * 0 success (also when nothing was found), 1 some input could not be read or processed,
 * 2 usage error, 130 interrupted (SIGINT).
 */
export const EXIT = { OK: 0, INPUT: 1, USAGE: 2, INTERRUPTED: 130 } as const;

export interface CommonOptions {
  format?: string;
  json?: boolean;
  only?: string;
  ext?: string;
  date?: string;
  lang?: string;
  output?: string;
  quiet?: boolean;
  pretty?: boolean;
  jobs?: string;
  stdinJsonl?: boolean;
  maxChars?: string;
}

interface RunState { failed: boolean; interrupted: boolean }

function parseKinds(only: string | undefined): FactKind[] {
  if (!only) return FACT_KINDS;
  const kinds = only.split(',').map((s) => s.trim()).filter(Boolean);
  for (const k of kinds) if (!FACT_KINDS.includes(k as FactKind)) throw new UsageError(`--only: unknown kind "${k}" (valid: ${FACT_KINDS.join(', ')})`);
  return kinds as FactKind[];
}

function parseFormat(opts: CommonOptions): Format {
  if (opts.json && opts.format && opts.format !== 'json') throw new UsageError('--json and --format disagree; give one');
  const format = opts.json ? 'json' : (opts.format ?? 'table');
  if (!FORMATS.includes(format as Format)) throw new UsageError(`--format: unknown format "${format}" (valid: ${FORMATS.join(', ')})`);
  return format as Format;
}

function addCommonOptions(cmd: Command, defaults: { format?: boolean } = { format: true }): Command {
  if (defaults.format) {
    cmd.addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table)`));
    cmd.option('--json', 'short for --format json');
  }
  return cmd
    .option('--ext <list>', 'extensions read from directories, comma-separated', 'txt,text,md')
    .option('--date <YYYY-MM-DD>', 'date for documents without a date header (reference for relative dates)')
    .option('--lang <code>', 'force the language (en, da) instead of detecting it per document')
    .option('-o, --output <file>', 'write to FILE (atomically: a temporary file, then renamed)')
    .option('--pretty', 'indent JSON even when stdout is not a terminal')
    .option('--stdin-jsonl', 'standard input ("-") holds one document a line as JSON: {"id": ..., "text": ...}')
    .option('-j, --jobs <n>', 'worker threads for extraction (a number, or "auto" for one per core)', '1')
    .option('--max-chars <n>', 'read files longer than N characters in parts of at most N, cut at paragraph breaks (0: never)', '1000000')
    .option('-q, --quiet', 'no warnings or progress on stderr');
}

export function buildProgram(io: CliIO, state: RunState): Command {
  const program = new Command('nato-facts')
    .description('Extract people, roles, dates, quotes, sources and the leadership-succession story from news articles (English and Danish).')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXAMPLES.main);

  const extractCmd = (name: string, description: string, fixedKinds?: FactKind[]): void => {
    const cmd = program.command(`${name} [paths...]`).description(description);
    addCommonOptions(cmd);
    if (!fixedKinds) cmd.option('--only <kinds>', `fact kinds to show: ${FACT_KINDS.join(',')}`);
    cmd.addHelpText('after', EXAMPLES[name] ?? '');
    cmd.action(async (paths: string[], opts: CommonOptions) => {
      await runExtract(paths, { ...opts, only: fixedKinds ? fixedKinds.join(',') : opts.only }, io, state, 'facts');
    });
  };
  extractCmd('extract', 'extract every kind of fact from files, directories or - (standard input)');
  extractCmd('people', 'only the people and their roles', ['people']);
  extractCmd('dates', 'only the dates', ['dates']);
  extractCmd('quotes', 'only the quotes and their speakers', ['quotes']);
  extractCmd('sources', 'only the sources and the claims attributed to them', ['sources', 'claims']);

  const story = program.command('story [paths...]').description('the leadership-succession story the documents tell');
  addCommonOptions(story).addHelpText('after', EXAMPLES.story);
  story.action(async (paths: string[], opts: CommonOptions) => { await runExtract(paths, opts, io, state, 'story'); });

  const timeline = program.command('timeline [paths...]').description('every dated fact across the documents, in date order');
  addCommonOptions(timeline).addHelpText('after', EXAMPLES.timeline);
  timeline.action(async (paths: string[], opts: CommonOptions) => { await runExtract(paths, opts, io, state, 'timeline'); });

  const merge = program.command('merge [files...]').description('combine NDJSON from separate runs (shards) into one corpus result');
  addCommonOptions(merge).option('--only <kinds>', `fact kinds to show: ${FACT_KINDS.join(',')}`).addHelpText('after', EXAMPLES.merge);
  merge.action(async (files: string[], opts: CommonOptions) => {
    const { mergeNdjson } = await import('./merge.js');
    const { docs, errors } = await mergeNdjson(files.length ? files : ['-'], io.stdin);
    await finish(docs, errors, opts, io, state, 'facts');
  });

  registerReport(program, io, state);

  program.command('schema').description('print the JSON Schema of the --json output').action(async () => {
    const sink = stdoutSink(io.stdout);
    await sink.write(`${JSON.stringify(readSchema(), null, 2)}\n`);
  });
  return program;
}

type View = 'facts' | 'story' | 'timeline';

/**
 * The lines of a stream. readline's async iterator buffers only the lines read after it exists, so it
 * is made here, at once: extract() awaits other things (listing inputs, loading the pipeline) before
 * its first read, and lines read meanwhile would be lost.
 */
function linesOf(input: NodeJS.ReadableStream): AsyncIterable<string> {
  const it = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  return { [Symbol.asyncIterator]: () => it };
}

async function runExtract(paths: string[], opts: CommonOptions, io: CliIO, state: RunState, view: View): Promise<void> {
  if (!paths.length) throw new UsageError('no input: give files, directories, or - for standard input');
  const kinds = parseKinds(opts.only);
  const format = parseFormat(opts);
  checkDate(opts.date);
  const sink = await openSink(opts, io);
  const streaming = format === 'ndjson' && view === 'facts';
  const [{ extract }, { renderOutput }, { ndjsonLine }] = await Promise.all([import('../extract-files.js'), import('./output.js'), import('../render/json.js')]);
  const jobs = parseJobs(opts.jobs);
  const maxChars = parseMaxChars(opts.maxChars);
  let streamed = 0;
  const progress = progressBar(io, Boolean(opts.quiet));
  const warn = (s: string): void => { if (!opts.quiet) io.stderr.write(`${s}\n`); };
  try {
    const result = await extract(paths, {
      jobs,
      maxChars,
      retain: !streaming,
      onProgress: progress.update,
      extensions: parseExtensions(opts.ext),
      date: opts.date ?? null,
      language: opts.lang ?? null,
      stdin: () => readAll(io.stdin),
      stdinLines: opts.stdinJsonl ? linesOf(io.stdin) : undefined,
      shouldStop: () => state.interrupted || sink.closed,
      onError: async (e: InputError) => {
        state.failed = true;
        io.stderr.write(`${formatError(e)}\n`);
        if (streaming) await sink.write(ndjsonLine({ type: 'error', data: e }));
      },
      onDocument: (doc: DocumentResult) => {
        for (const w of doc.warnings) warn(`nato-facts: ${doc.id}: warning: ${w}`);
      },
      onDocumentLine: streaming ? async (line: string | Uint8Array, doc: { id: string; warnings: string[] }) => {
        for (const w of doc.warnings) warn(`nato-facts: ${doc.id}: warning: ${w}`);
        streamed++;
        await sink.write(line);
      } : undefined,
    });
    progress.stop();
    if (streaming) {
      await sink.write(ndjsonLine({ type: 'summary', data: { schemaVersion: 1, documents: streamed, errors: result.errors.length } }));
    } else {
      await sink.write(renderOutput(result, view, format, kinds, { color: colorOn(io), width: io.stdout.columns ?? 120, pretty: Boolean(opts.pretty || io.stdout.isTTY) }));
    }
    if (state.interrupted) { await abortSink(sink); return; }
    await sink.close();
  } catch (e) {
    progress.stop();
    await abortSink(sink);
    throw e;
  }
}

async function finish(docs: DocumentResult[], errors: InputError[], opts: CommonOptions, io: CliIO, state: RunState, view: View): Promise<void> {
  const { buildCorpus } = await import('../pipeline/corpus.js');
  for (const e of errors) { state.failed = true; io.stderr.write(`${formatError(e)}\n`); }
  const result: CorpusResult = buildCorpus(docs, errors);
  const { renderOutput } = await import('./output.js');
  const format = parseFormat(opts);
  const sink = await openSink(opts, io);
  await sink.write(renderOutput(result, view, format, parseKinds(opts.only), { color: colorOn(io), width: io.stdout.columns ?? 120, pretty: Boolean(opts.pretty || io.stdout.isTTY) }));
  await sink.close();
}

function colorOn(io: CliIO): boolean {
  return Boolean(io.stdout.isTTY) && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.env.TERM !== 'dumb';
}

async function openSink(opts: CommonOptions, io: CliIO): Promise<Sink> {
  if (!opts.output) return stdoutSink(io.stdout);
  try {
    return await fileSink(opts.output);
  } catch (e) {
    throw new UsageError(`--output: cannot write ${opts.output} (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
}

async function abortSink(sink: Sink): Promise<void> {
  const s = sink as Sink & { abort?: () => Promise<void> };
  if (s.abort) await s.abort();
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const state: RunState = { failed: false, interrupted: false };
  const onSigint = (): void => {
    if (state.interrupted) process.exit(EXIT.INTERRUPTED);
    state.interrupted = true;
    io.stderr.write('nato-facts: interrupted; stopping after the current document\n');
  };
  process.on('SIGINT', onSigint);
  try {
    const program = buildProgram(io, state);
    if (argv.length === 0) { program.outputHelp(); return EXIT.USAGE; }
    await program.parseAsync(argv, { from: 'user' });
    if (state.interrupted) return EXIT.INTERRUPTED;
    return state.failed ? EXIT.INPUT : EXIT.OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE;
    }
    if (e instanceof UsageError) { io.stderr.write(`nato-facts: ${e.message}\n`); return EXIT.USAGE; }
    io.stderr.write(`nato-facts: internal error: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`);
    return EXIT.INPUT;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
