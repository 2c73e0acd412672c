import { promises as fs } from 'node:fs';
import type { DocumentResult, InputError } from '../model.js';
import { fsError, inputError } from '../errors.js';
import { readAll } from './io.js';

/**
 * Reads NDJSON written by `extract --format ndjson` (one or many shards; "-" is standard input)
 * and returns the documents and errors they hold, so the corpus facts can be built from them.
 */
export async function mergeNdjson(files: string[], stdin: NodeJS.ReadableStream): Promise<{ docs: DocumentResult[]; errors: InputError[] }> {
  const docs: DocumentResult[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    let text: string;
    try {
      text = file === '-' ? Buffer.from(await readAll(stdin)).toString('utf8') : await fs.readFile(file, 'utf8');
    } catch (e) { errors.push(fsError(file, e)); continue; }
    let lineNo = 0;
    for (const line of text.split('\n')) {
      lineNo++;
      if (!line.trim()) continue;
      let obj: { type?: string; data?: unknown };
      try { obj = JSON.parse(line); } catch { errors.push(inputError(file, 'E_BAD_NDJSON', `line ${lineNo} is not JSON`)); break; }
      if (obj.type === 'document' && obj.data && typeof obj.data === 'object') {
        const doc = obj.data as DocumentResult;
        if (seen.has(doc.id)) continue;
        seen.add(doc.id);
        docs.push(doc);
      } else if (obj.type === 'error' && obj.data) errors.push(obj.data as InputError);
      else if (obj.type !== 'summary') { errors.push(inputError(file, 'E_BAD_NDJSON', `line ${lineNo} has no document envelope`)); break; }
    }
  }
  return { docs, errors };
}
