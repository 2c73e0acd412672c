import type { DocContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stages.js';
import type { DocState } from '../../pipeline/state.js';
import { extractEvents } from './extract.js';

/**
 * Succession statements (holds, extensions, candidacies, backing, withdrawals, successions,
 * meetings and deadlines), one EventFact per statement and person. The story is built from these
 * across documents (src/story), so everything it needs travels in the fact.
 */
export const eventStage: Stage = {
  name: 'events',
  requires: ['people', 'dates', 'claims'],
  provides: ['events'],
  languages: ['en', 'da'],
  run(ctx: DocContext, state: DocState): void {
    state.events = extractEvents(ctx, state);
  },
};
