import type { DocContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stages.js';
import type { DocState } from '../../pipeline/state.js';

/** Succession statements (extensions, candidacies, backing, successors): issue 6 fills this in. */
export const eventStage: Stage = {
  name: 'events',
  requires: ['people', 'dates', 'claims'],
  provides: ['events'],
  languages: ['en', 'da'],
  run(_ctx: DocContext, _state: DocState): void {
    // first version: no events
  },
};
