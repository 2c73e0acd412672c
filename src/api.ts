import type { CorpusResult, DocumentResult, InputError } from './model.js';
import { buildCorpus } from './pipeline/corpus.js';
import { processDocument, type DocumentOptions, type InputDocument } from './pipeline/run.js';
import { DEFAULT_EXTENSIONS, isInputError, listInputs, readInput } from './io/read-inputs.js';

export interface ExtractOptions extends DocumentOptions {
  /** Extensions read from directories (default txt, text, md). */
  extensions?: string[];
  /** Reads standard input for the path "-". */
  stdin?: () => Promise<Uint8Array>;
  /** Called as each document is done, in input order. */
  onDocument?: (doc: DocumentResult) => void | Promise<void>;
  /** Called for each input that could not be read. */
  onError?: (err: InputError) => void | Promise<void>;
  /** Return true to stop early (SIGINT, closed output). */
  shouldStop?: () => boolean;
}

/** Extracts one text that is already in memory. */
export function extractText(text: string, options: DocumentOptions & { id?: string } = {}): DocumentResult {
  return processDocument({ id: options.id ?? '-', text: text.replace(/^\uFEFF/, '') }, options);
}

/** Runs one document, turning an unexpected failure into an InputError rather than a crash. */
export function safeProcess(input: InputDocument, options: DocumentOptions, path: string): DocumentResult | InputError {
  try {
    return processDocument(input, options);
  } catch (e) {
    return { path, code: 'E_INTERNAL', message: `internal error while extracting (${String((e as Error)?.message ?? e).split('\n')[0]})` };
  }
}

/** Reads the paths (files, directories, "-") and extracts every document, then the corpus facts. */
export async function extract(paths: string[], options: ExtractOptions = {}): Promise<CorpusResult> {
  const { entries, errors } = await listInputs(paths, { extensions: options.extensions ?? DEFAULT_EXTENSIONS });
  for (const e of errors) await options.onError?.(e);
  const docs: DocumentResult[] = [];
  const stdin = options.stdin ?? (async () => new Uint8Array());
  for (const entry of entries) {
    if (options.shouldStop?.()) break;
    const input = await readInput(entry, stdin);
    const result = isInputError(input) ? input : safeProcess(input, options, entry.path);
    if ('code' in result && !('people' in result)) { errors.push(result); await options.onError?.(result); continue; }
    docs.push(result as DocumentResult);
    await options.onDocument?.(result as DocumentResult);
  }
  return buildCorpus(docs, errors);
}
