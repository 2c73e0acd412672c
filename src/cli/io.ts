import { promises as fs } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/** What the CLI needs from the outside world; tests pass their own. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Reads all of standard input. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * Where output goes: stdout, or a file written atomically (a temporary file beside it, renamed
 * into place at the end), so an interrupted run never leaves a truncated file.
 */
export interface Sink {
  write(text: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** True once the reader went away (EPIPE): stop quietly. */
  readonly closed: boolean;
}

export function stdoutSink(stream: CliIO['stdout']): Sink {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closed = true; });
  return {
    get closed() { return closed; },
    write(text: string | Uint8Array): Promise<void> {
      if (closed) return Promise.resolve();
      return new Promise((resolve) => {
        stream.write(text, (err) => { if (err) closed = true; resolve(); });
      });
    },
    async close(): Promise<void> { /* stdout stays open */ },
  };
}

export async function fileSink(path: string): Promise<Sink & { abort(): Promise<void> }> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const handle = await fs.open(tmp, 'w');
  let done = false;
  return {
    closed: false,
    async write(text: string | Uint8Array): Promise<void> { if (typeof text === 'string') await handle.write(text); else await handle.write(text); },
    async close(): Promise<void> {
      if (done) return; done = true;
      await handle.sync(); await handle.close(); await fs.rename(tmp, path);
    },
    async abort(): Promise<void> {
      if (done) return; done = true;
      await handle.close().catch(() => undefined); await fs.rm(tmp, { force: true });
    },
  };
}
