import type { CorpusResult, DocumentResult, InputError } from './model.js';
import { buildCorpus } from './pipeline/corpus.js';
import type { DocumentOptions, InputDocument } from './pipeline/run.js';
import { DEFAULT_EXTENSIONS, isInputError, listInputs, readFileInput, readInput, type InputEntry } from './io/read-inputs.js';
import { WorkerPool } from './parallel/pool.js';
import type { SerializedDocument } from './parallel/worker.js';
import { ndjsonLine } from './render/json.js';
import { DEFAULT_MAX_CHARS, splitInput } from './io/split.js';

export interface ExtractOptions extends DocumentOptions {
  /** Extensions read from directories (default txt, text, md). */
  extensions?: string[];
  /** Reads standard input for the path "-". */
  stdin?: () => Promise<Uint8Array>;
  /**
   * Standard input as JSON Lines, one document a line: `{"id": "...", "text": "..."}` (or a bare
   * JSON string). For batch engines that pipe many documents through one process (Spark's pipe).
   */
  stdinLines?: AsyncIterable<string>;
  /** Called as each document is done, in input order. */
  onDocument?: (doc: DocumentResult) => void | Promise<void>;
  /** Called for each input that could not be read. */
  onError?: (err: InputError) => void | Promise<void>;
  /** Called after each input with the count done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Return true to stop early (SIGINT, closed output). */
  shouldStop?: () => boolean;
  /** Worker threads for the per-document pipeline (default 1: the main thread). */
  jobs?: number;
  /** Keep the documents for the corpus result (default true); streaming callers pass false. */
  retain?: boolean;
  /**
   * Streaming callers that only write NDJSON: receives each document as its finished NDJSON line
   * (UTF-8 bytes when a worker thread made it, so that it crosses threads without a copy)
   * (made in the worker threads with --jobs) instead of onDocument.
   */
  onDocumentLine?: (line: string | Uint8Array, doc: { id: string; warnings: string[] }) => void | Promise<void>;
  /**
   * Files longer than this many characters (UTF-16 code units) are read in parts of at most this
   * size, cut at paragraph breaks, each a document "ID#N" (default 1,000,000; 0 never splits).
   */
  maxChars?: number;
}

export type Result = DocumentResult | InputError | SerializedDocument;
const isError = (r: Result): r is InputError => !('people' in r) && 'code' in r;
const isSerialized = (r: Result): r is SerializedDocument => 'line' in r;

/**
 * The documents to extract, one at a time and in order: files as listed, or JSON Lines from
 * standard input.
 */
async function* readAll(entries: InputEntry[], stdin: () => Promise<Uint8Array>, lines?: AsyncIterable<string>): AsyncGenerator<{ input: InputDocument | InputError; path: string }> {
  for (const entry of entries) {
    if (entry.path !== '-') { yield { input: readFileInput(entry), path: entry.path }; continue; }
    if (lines) {
      let n = 0;
      for await (const line of lines) {
        n++;
        if (!line.trim()) continue;
        yield { input: parseJsonLine(line, n), path: `-:${n}` };
      }
    } else yield { input: await readInput(entry, stdin), path: entry.path };
  }
}

function parseJsonLine(line: string, n: number): InputDocument | InputError {
  try {
    const v = JSON.parse(line) as unknown;
    if (typeof v === 'string') return { id: `-:${n}`, text: v };
    const o = v as { id?: unknown; text?: unknown };
    if (o && typeof o.text === 'string') return { id: typeof o.id === 'string' && o.id ? o.id : `-:${n}`, text: o.text.replace(/^\uFEFF/, '') };
  } catch { /* reported below */ }
  return { path: `-:${n}`, code: 'E_BAD_JSONL', message: 'line is not a JSON document ({"id": ..., "text": ...} or a string)' };
}

/**
 * Reads the paths (files, directories, "-") and extracts every document, then the corpus facts.
 * Documents are read one at a time and at most 16 per worker thread (one without workers) are in
 * flight, so memory stays flat in the number of documents when `retain` is false.
 */
export async function extract(paths: string[], options: ExtractOptions = {}): Promise<CorpusResult> {
  const { entries, errors } = await listInputs(paths, { extensions: options.extensions ?? DEFAULT_EXTENSIONS });
  for (const e of errors) await options.onError?.(e);
  const docs: DocumentResult[] = [];
  const stdin = options.stdin ?? (async () => new Uint8Array());
  const docOptions: DocumentOptions = { date: options.date ?? null, language: options.language ?? null };
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const pool = jobs > 1 ? new WorkerPool(jobs) : null;
  // The pipeline (lexicons, chrono) loads only where documents are processed: in the workers when there are any.
  const safeProcess = pool ? null : (await import('./process.js')).safeProcess;
  // Results waiting to be delivered in order: workers need a queue to stay busy; in the main thread a
  // document is done when it is processed, and keeping finished ones would only hold memory.
  const window = pool ? jobs * 16 : 1;
  const serialize = Boolean(options.onDocumentLine) && options.retain === false;
  const pending: Promise<Result>[] = [];
  let done = 0;
  let total = entries.length;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const deliver = async (r: Result): Promise<void> => {
    if (isError(r)) { errors.push(r); await options.onError?.(r); } else if (isSerialized(r)) {
      await options.onDocumentLine?.(r.line, r);
    } else if (options.onDocumentLine && options.retain === false) {
      await options.onDocumentLine(ndjsonLine({ type: 'document', data: r }), r);
    } else {
      if (options.retain !== false) docs.push(r);
      await options.onDocument?.(r);
    }
    options.onProgress?.(++done, total);
  };
  try {
    let seq = 0;
    for await (const { input: whole, path } of readAll(entries, stdin, options.stdinLines)) {
      const inputs = isInputError(whole) ? [whole] : splitInput(whole, maxChars);
      total += inputs.length - 1;
      for (const input of inputs) {
        if (options.shouldStop?.()) break;
        pending.push(isInputError(input) ? Promise.resolve(input)
          : pool ? pool.run(seq++, input, path, docOptions, serialize) : Promise.resolve(safeProcess!(input, docOptions, path)));
        while (pending.length >= window) await deliver(await (pending.shift() as Promise<Result>));
      }
      if (options.shouldStop?.()) break;
    }
    while (pending.length) await deliver(await (pending.shift() as Promise<Result>));
  } finally {
    await pool?.close();
  }
  return buildCorpus(docs, errors);
}
