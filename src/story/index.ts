import type { DocumentResult, Story } from '../model.js';

/** Builds the succession stories from per-document facts (issue 6 fills this in). */
export function buildStories(_docs: DocumentResult[]): Story[] {
  return [];
}

/** The corpus timeline moved to src/timeline (issue 4); re-exported for old imports. */
export { buildTimeline } from '../timeline/index.js';
