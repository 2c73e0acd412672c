import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('nato-facts CLI smoke', () => {
  it('extracts the seeds as JSON', () => {
    const out = execFileSync('node', ['bin/nato-facts.js', 'extract', 'seeds/', '--json'], { encoding: 'utf8' });
    const json = JSON.parse(out);
    expect(json.schemaVersion).toBe(1);
    expect(json.documents).toHaveLength(5);
  });
});
