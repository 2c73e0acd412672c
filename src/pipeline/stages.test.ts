import { describe, expect, it } from 'vitest';
import { STAGES } from './stages.js';

describe('stage registry', () => {
  it('every stage reads only what an earlier stage (or the start) provides', () => {
    const provided = new Set<string>(['docDate']);
    for (const stage of STAGES) {
      for (const key of stage.requires) expect(provided.has(key), `${stage.name} requires ${key}`).toBe(true);
      for (const key of stage.provides) provided.add(key);
    }
  });
  it('stage names are unique', () => {
    const names = STAGES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
