import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Knowledge kept as data (titles, countries, outlets, first names, ...) lives in data/*.json,
 * each file with a `_source` field citing where it comes from. Files are read once.
 */
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const cache = new Map<string, unknown>();

export function loadData<T>(file: string): T {
  let value = cache.get(file);
  if (value === undefined) {
    value = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
    cache.set(file, value);
  }
  return value as T;
}
