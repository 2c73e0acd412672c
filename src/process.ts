import type { DocumentResult, InputError } from './model.js';
import { processDocument, type DocumentOptions, type InputDocument } from './pipeline/run.js';

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

