import type { CorpusResult, DocumentResult, InputError } from './model.js';
import { buildCorpus } from './pipeline/corpus.js';
import { processDocument, type DocumentOptions, type InputDocument } from './pipeline/run.js';
import { DEFAULT_EXTENSIONS, isInputError, listInputs, readInput } from './io/read-inputs.js';
import { WorkerPool } from './parallel/pool.js';

export interface ExtractOptions extends DocumentOptions {
  /** Extensions read from directories (default txt, text, md). */
  extensions?: string[];
  /** Reads standard input for the path "-". */
  stdin?: () => Promise<Uint8Array>;
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
}

type Result = DocumentResult | InputError;
const isError = (r: Result): r is InputError => !('people' in r) && 'code' in r;

/** Extracts one text that is already in memory. */
export function extractText(text: string, options: DocumentOptions & { id?: string } = {}): DocumentResult {
  return processDocument({ id: options.id ?? '-', text: text.replace(/^\uFEFF/, '') }, options);
}

/** Runs one document, turning an unexpected failure into an InputError rather than a crash. */
export function safeProcess(input: InputDocument, options: DocumentOptions, path: string): Result {
  try {
    return processDocument(input, options);
  } catch (e) {
    return { path, code: 'E_INTERNAL', message: `internal error while extracting (${String((e as Error)?.message ?? e).split('\n')[0]})` };
  }
}

/**
 * Reads the paths (files, directories, "-") and extracts every document, then the corpus facts.
 * Documents are read one at a time and at most 2 x jobs are in flight, so memory stays flat in the
 * number of documents when `retain` is false.
 */
export async function extract(paths: string[], options: ExtractOptions = {}): Promise<CorpusResult> {
  const { entries, errors } = await listInputs(paths, { extensions: options.extensions ?? DEFAULT_EXTENSIONS });
  for (const e of errors) await options.onError?.(e);
  const docs: DocumentResult[] = [];
  const stdin = options.stdin ?? (async () => new Uint8Array());
  const docOptions: DocumentOptions = { date: options.date ?? null, language: options.language ?? null };
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const pool = jobs > 1 ? new WorkerPool(jobs) : null;
  const pending: Promise<Result>[] = [];
  let done = 0;
  const deliver = async (r: Result): Promise<void> => {
    if (isError(r)) { errors.push(r); await options.onError?.(r); } else {
      if (options.retain !== false) docs.push(r);
      await options.onDocument?.(r);
    }
    options.onProgress?.(++done, entries.length);
  };
  try {
    for (const [seq, entry] of entries.entries()) {
      if (options.shouldStop?.()) break;
      const input = await readInput(entry, stdin);
      pending.push(isInputError(input) ? Promise.resolve(input)
        : pool ? pool.run(seq, input, entry.path, docOptions) : Promise.resolve(safeProcess(input, docOptions, entry.path)));
      while (pending.length >= jobs * 2) await deliver(await (pending.shift() as Promise<Result>));
    }
    while (pending.length) await deliver(await (pending.shift() as Promise<Result>));
  } finally {
    await pool?.close();
  }
  return buildCorpus(docs, errors);
}
