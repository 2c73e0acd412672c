import type { ParsedResult } from 'chrono-node';
import type { DocumentDate } from '../../../model.js';
import type { DocContext } from '../../../pipeline/context.js';

export function inferDocumentDate(_ctx: DocContext, _results: ParsedResult[]): DocumentDate {
  return { value: null, source: 'none' };
}
