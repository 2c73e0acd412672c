export { buildStories } from './build.js';

/** The corpus timeline moved to src/timeline (issue 4); re-exported for old imports. */
export { buildTimeline } from '../timeline/index.js';
