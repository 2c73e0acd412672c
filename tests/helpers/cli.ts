import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'nato-facts.js');

export interface Run { code: number | null; stdout: string; stderr: string }

/** Runs the built CLI as a user would (no terminal: stdout is a pipe). */
export function run(args: string[], opts: SpawnSyncOptions & { input?: string | Buffer } = {}): Run {
  const r = spawnSync('node', [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, ...opts, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...(opts.env ?? {}) } });
  return { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

export function tempDir(prefix = 'nf-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
