import type { Language } from '../model.js';
import type { DocContext } from './context.js';
import type { DocState } from './state.js';
import { dateStage } from '../extract/dates/index.js';
import { peopleStage } from '../extract/people/index.js';
import { quoteStage } from '../extract/quotes/index.js';
import { linkStage } from '../link/coref.js';
import { eventStage } from '../extract/events/index.js';

/**
 * A per-document stage: reads the context and what earlier stages provided, adds its own facts.
 * Stages never look at other documents, so documents can be processed in any order, in workers
 * or on other machines (see merge).
 */
export interface Stage {
  name: string;
  /** Keys of DocState this stage reads; an earlier stage must provide them. */
  requires: (keyof DocState)[];
  /** Keys of DocState this stage writes. */
  provides: (keyof DocState)[];
  /** Languages the stage serves; others get nothing from it. */
  languages: Language[];
  run(ctx: DocContext, state: DocState): void;
}

/**
 * The ordered registry. Order matters:
 * - dates first: they infer the document date when there is no header, which the others use;
 * - people before quotes: speakers are resolved to people;
 * - linking after quotes: pronoun speakers ("he added") are resolved to people;
 * - events last: succession statements read people, dates and attributions.
 */
export const STAGES: Stage[] = [dateStage, peopleStage, quoteStage, linkStage, eventStage];
