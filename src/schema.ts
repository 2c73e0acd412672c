import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const schemaPath = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'facts.schema.json');

/** The JSON Schema of `extract --json` (schema/facts.schema.json). */
export function readSchema(): object {
  return JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
}
