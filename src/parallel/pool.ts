import { Worker } from 'node:worker_threads';
import type { DocumentResult, InputError } from '../model.js';
import type { DocumentOptions, InputDocument } from '../pipeline/run.js';
import type { Job, SerializedDocument } from './worker.js';

type Result = DocumentResult | InputError | SerializedDocument;

/** Jobs sent ahead to each worker. */
const DEPTH = 2;

/**
 * A fixed pool of worker threads that run the per-document pipeline. Results come back in
 * submission order whatever order the workers finish in, so output is identical for any --jobs.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  /** Jobs each worker holds (running or queued in its port). */
  private readonly load = new Map<Worker, number>();
  private readonly queue: Job[] = [];
  private readonly waiting = new Map<number, { path: string; resolve: (r: Result) => void }>();

  constructor(size: number) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const w = new Worker(url);
      w.on('message', (msg: { seq: number; result: Result }) => {
        this.waiting.get(msg.seq)?.resolve(msg.result);
        this.waiting.delete(msg.seq);
        this.load.set(w, (this.load.get(w) ?? 1) - 1);
        this.pump();
      });
      w.on('error', (e) => {
        // a crashed worker fails the jobs it held; the run goes on with the others
        for (const { path, resolve } of this.waiting.values()) resolve({ path, code: 'E_INTERNAL', message: `worker failed (${e.message})` });
        this.waiting.clear();
      });
      this.workers.push(w);
      this.load.set(w, 0);
    }
  }

  run(seq: number, input: InputDocument, path: string, options: DocumentOptions, serialize = false): Promise<Result> {
    return new Promise((resolve) => {
      this.waiting.set(seq, { path, resolve });
      this.queue.push({ seq, input, path, options, serialize });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      // The least loaded worker, if it has room: each holds up to DEPTH jobs, so that it starts the
      // next document at once instead of waiting a round trip for the main thread to send one.
      let w: Worker | null = null;
      for (const c of this.workers) if ((this.load.get(c) ?? 0) < DEPTH && (!w || (this.load.get(c) ?? 0) < (this.load.get(w) ?? 0))) w = c;
      if (!w) return;
      this.load.set(w, (this.load.get(w) ?? 0) + 1);
      w.postMessage(this.queue.shift());
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
