/**
 * The library's entry points. `extract` (files, directories, standard input) lives in
 * extract-files.ts, which loads the extraction pipeline only where documents are processed, so
 * that with worker threads the main thread never pays for it; `extractText` and `safeProcess`
 * (one document in memory) live in process.ts.
 */
export { extract, type ExtractOptions, type Result } from './extract-files.js';
export { extractText, safeProcess } from './process.js';
