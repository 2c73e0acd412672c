import { parentPort } from 'node:worker_threads';
import { safeProcess } from '../process.js';
import type { DocumentOptions, InputDocument } from '../pipeline/run.js';
import { ndjsonLine } from '../render/json.js';

/** A worker thread: runs the per-document pipeline on the documents the pool sends it. */
export interface Job { seq: number; input: InputDocument; path: string; options: DocumentOptions; serialize: boolean }

/** A document already written as its NDJSON line, with what the main thread still needs to know. */
export interface SerializedDocument { id: string; warnings: string[]; line: string }

parentPort?.on('message', (job: Job) => {
  const result = safeProcess(job.input, job.options, job.path);
  // Streaming runs get the NDJSON line made here, in parallel: the main thread then only writes it,
  // instead of cloning a large object across threads and stringifying it alone.
  const out = job.serialize && 'people' in result ? { id: result.id, warnings: result.warnings, line: ndjsonLine({ type: 'document', data: result }) } : result;
  parentPort?.postMessage({ seq: job.seq, result: out });
});
