import { describe, expect, it } from 'vitest';
import { tagsOf } from './compromise-lexicon.js';

describe("compromise's lexicon", () => {
  it.each([['paris', 'City'], ['Smith', 'LastName'], ['monday', 'WeekDay']])('tags %s as %s', (word, tag) => {
    expect(tagsOf(word)).toContain(tag);
  });
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])('knows nothing of %s (no inherited properties)', (word) => {
    expect(tagsOf(word)).toEqual([]);
  });
});
