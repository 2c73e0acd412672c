import type { CorpusResult, DocumentResult, InputError } from '../model.js';
import { FACT_KINDS, type FactKind } from './rows.js';

/** Drops the fact arrays that --only did not ask for. */
export function selectKinds(doc: DocumentResult, kinds: FactKind[]): DocumentResult {
  if (kinds.length === FACT_KINDS.length) return doc;
  const copy: Record<string, unknown> = { ...doc };
  for (const k of FACT_KINDS) if (!kinds.includes(k)) delete copy[k];
  return copy as unknown as DocumentResult;
}

/** JSON text: valid whatever the input (lone surrogates are escaped by JSON.stringify). */
export function renderJson(result: CorpusResult, kinds: FactKind[], pretty: boolean): string {
  const out = { ...result, documents: result.documents.map((d) => selectKinds(d, kinds)) };
  return `${JSON.stringify(out, null, pretty ? 2 : undefined)}\n`;
}

/** NDJSON envelopes (one JSON object a line), written as each document is done. */
export type Envelope =
  | { type: 'document'; data: DocumentResult }
  | { type: 'error'; data: InputError }
  | { type: 'summary'; data: { schemaVersion: 1; documents: number; errors: number } };

export function ndjsonLine(envelope: Envelope): string {
  return `${JSON.stringify(envelope)}\n`;
}
