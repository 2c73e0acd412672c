import type { DocContext } from '../pipeline/context.js';
import type { Stage } from '../pipeline/stages.js';
import type { DocState } from '../pipeline/state.js';

/** Within-document linking of pronouns and descriptions to people (issue 3 fills this in). */
export const linkStage: Stage = {
  name: 'link',
  requires: ['people', 'quotes'],
  provides: ['people', 'quotes'],
  languages: ['en', 'da'],
  run(_ctx: DocContext, _state: DocState): void {
    // first version: nothing to link beyond what the people stage does
  },
};
