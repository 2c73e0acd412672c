import type { Command } from 'commander';
import { formatError, UsageError } from '../errors.js';
import type { InputError } from '../model.js';
import { checkDate, parseExtensions, parseJobs } from './options.js';
import { fileSink, readAll, stdoutSink, type CliIO, type Sink } from './io.js';

interface ReportOptions { output?: string; ext?: string; date?: string; lang?: string; quiet?: boolean; jobs?: string }

/** The parts of the CLI's run state the report touches (exit code 1 on unreadable inputs, SIGINT). */
interface RunState { failed: boolean; interrupted: boolean }

const EXAMPLES = `
Examples:
  $ nato-facts report seeds/ -o report.html
  $ nato-facts report articles/*.txt --date 2024-02-21 -o report.html
  $ nato-facts extract seeds/ --format html > report.html`;

async function openSink(opts: ReportOptions, io: CliIO): Promise<Sink & { abort?: () => Promise<void> }> {
  if (!opts.output) {
    // A page of HTML is no use on a terminal; ask for a file instead of flooding it.
    if (io.stdout.isTTY) throw new UsageError('report: give -o FILE (or redirect standard output)');
    return stdoutSink(io.stdout);
  }
  try {
    return await fileSink(opts.output);
  } catch (e) {
    throw new UsageError(`--output: cannot write ${opts.output} (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
}

async function runReport(paths: string[], opts: ReportOptions, io: CliIO, state: RunState): Promise<void> {
  if (!paths.length) throw new UsageError('no input: give files, directories, or - for standard input');
  checkDate(opts.date);
  const jobs = parseJobs(opts.jobs);
  const sink = await openSink(opts, io);
  // Loaded here, not at the top: --help and --version must not pay for the extractors.
  const [{ extract }, { renderHtml }] = await Promise.all([import('../extract-files.js'), import('../render/html/page.js')]);
  try {
    const result = await extract(paths, {
      jobs,
      extensions: parseExtensions(opts.ext),
      date: opts.date ?? null,
      language: opts.lang ?? null,
      stdin: () => readAll(io.stdin),
      shouldStop: () => state.interrupted,
      onError: (e: InputError) => { state.failed = true; io.stderr.write(`${formatError(e)}\n`); },
      onDocument: (doc) => { if (!opts.quiet) for (const w of doc.warnings) io.stderr.write(`nato-facts: ${doc.id}: warning: ${w}\n`); },
    });
    if (state.interrupted) { await sink.abort?.(); return; }
    await sink.write(renderHtml(result));
    await sink.close();
  } catch (e) {
    await sink.abort?.();
    throw e;
  }
}

/** `nato-facts report PATH... -o report.html`: the story, timeline, people, quotes and sources as one page. */
export function registerReport(program: Command, io: CliIO, state: RunState): void {
  program.command('report [paths...]')
    .description('one self-contained HTML page: the succession at a glance, a timeline, people, quotes, sources and the evidence')
    .option('-o, --output <file>', 'write the page to FILE (atomically: a temporary file, then renamed)')
    .option('--ext <list>', 'extensions read from directories, comma-separated', 'txt,text,md')
    .option('--date <YYYY-MM-DD>', 'date for documents without a date header (reference for relative dates)')
    .option('--lang <code>', 'force the language (en, da) instead of detecting it per document')
    .option('-j, --jobs <n>', 'worker threads for extraction (a number, or "auto" for one per core)', '1')
    .option('-q, --quiet', 'no warnings on stderr')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], opts: ReportOptions) => { await runReport(paths, opts, io, state); });
}
