import { parentPort } from 'node:worker_threads';
import { safeProcess } from '../api.js';
import type { DocumentOptions, InputDocument } from '../pipeline/run.js';

/** A worker thread: runs the per-document pipeline on the documents the pool sends it. */
export interface Job { seq: number; input: InputDocument; path: string; options: DocumentOptions }

parentPort?.on('message', (job: Job) => {
  parentPort?.postMessage({ seq: job.seq, result: safeProcess(job.input, job.options, job.path) });
});
