import { parentPort } from 'node:worker_threads';
import { safeProcess } from '../process.js';
import type { DocumentOptions, InputDocument } from '../pipeline/run.js';
import { ndjsonLine } from '../render/json.js';

/** A worker thread: runs the per-document pipeline on the documents the pool sends it. */
export interface Job { seq: number; input: InputDocument; path: string; options: DocumentOptions; serialize: boolean }

/** A document already written as its NDJSON line, with what the main thread still needs to know. */
export interface SerializedDocument { id: string; warnings: string[]; line: Uint8Array }

const encoder = new TextEncoder();

parentPort?.on('message', (job: Job) => {
  const result = safeProcess(job.input, job.options, job.path);
  // Streaming runs get the NDJSON line made here, in parallel: the main thread then only writes it,
  // instead of cloning a large object across threads and stringifying it alone. The line goes back
  // as UTF-8 bytes whose buffer is transferred, not copied, and is written as it is.
  if (job.serialize && 'people' in result) {
    const line = encoder.encode(ndjsonLine({ type: 'document', data: result }));
    parentPort?.postMessage({ seq: job.seq, result: { id: result.id, warnings: result.warnings, line } }, [line.buffer]);
  } else parentPort?.postMessage({ seq: job.seq, result });
});
