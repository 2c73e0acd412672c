import type { InputError } from './model.js';

/**
 * Error codes, in one place. Messages are one line: `nato-facts: <path>: <message>`.
 * Exit codes are chosen in cli/main.ts from these.
 */
export const ERRORS = {
  E_NOT_FOUND: 'no such file or directory',
  E_UNREADABLE: 'cannot be read',
  E_BINARY: 'looks like a binary file (NUL bytes); skipped',
  E_EMPTY_DIR: 'directory holds no text files',
  E_LOOP: 'symbolic link loop; skipped',
  E_NOT_FILE: 'not a regular file; skipped',
  E_VANISHED: 'disappeared during the run',
  E_TOO_LARGE: 'larger than the size limit; skipped',
  E_BAD_NDJSON: 'is not nato-facts NDJSON',
  E_BAD_JSONL: 'line is not a JSON document',
  E_INTERNAL: 'internal error while extracting',
} as const;

export type ErrorCode = keyof typeof ERRORS;

export function inputError(path: string, code: ErrorCode, detail?: string): InputError {
  return { path, code, message: detail ? `${ERRORS[code]} (${detail})` : ERRORS[code] };
}

/** Maps a Node.js fs error to one of ours. */
export function fsError(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return inputError(path, 'E_NOT_FOUND');
    case 'EACCES': case 'EPERM': return inputError(path, 'E_UNREADABLE', 'permission denied');
    case 'ELOOP': return inputError(path, 'E_LOOP');
    case 'EISDIR': return inputError(path, 'E_NOT_FILE', 'is a directory');
    default: return inputError(path, 'E_UNREADABLE', code ?? String((err as Error)?.message ?? err));
  }
}

/** A usage error: bad flags or arguments (exit 2). */
export class UsageError extends Error {}

export function formatError(e: InputError): string {
  return `nato-facts: ${e.path}: ${e.message}`;
}
