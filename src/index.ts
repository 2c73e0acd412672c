/**
 * nato-facts as a library:
 *
 *   import { extract, extractText } from 'nato-facts';
 *   const result = await extract(['seeds/']);
 */
export { extract, extractText, type ExtractOptions } from './api.js';
export { processDocument, type InputDocument, type DocumentOptions } from './pipeline/run.js';
export { buildCorpus } from './pipeline/corpus.js';
export { STAGES, type Stage } from './pipeline/stages.js';
export * from './model.js';
