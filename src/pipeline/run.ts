import type { DocumentDate, DocumentPart, DocumentResult } from '../model.js';
import { readHeader, isValidDateValue } from '../text/header.js';
import { detectLanguage } from '../text/language.js';
import { splitSentences } from '../text/sentences.js';
import { DocContext } from './context.js';
import { STAGES } from './stages.js';
import { emptyState } from './state.js';
import { forgetTexts } from '../text/per-text.js';

/** One decoded input document. */
export interface InputDocument {
  id: string;
  /** Decoded text with any byte-order mark removed. */
  text: string;
  /** Problems met while reading (for example a fallback decoding). */
  warnings?: string[];
  /** Set when the document is one part of a very large file (see io/split.ts). */
  part?: DocumentPart;
  /** The date header of the file this part was cut from, for parts after the first. */
  headerDate?: string;
}

export interface DocumentOptions {
  /** Date (YYYY-MM-DD) for documents that carry no header (`--date`). */
  date?: string | null;
  /** Force a language instead of detecting it. */
  language?: string | null;
}

/** Runs every per-document stage on one document. Pure: no I/O, no clock. */
export function processDocument(input: InputDocument, options: DocumentOptions = {}): DocumentResult {
  const { text } = input;
  forgetTexts();
  const warnings = [...(input.warnings ?? [])];
  const header = readHeader(text);
  const bodyStart = header ? header.end : 0;
  let docDate: DocumentDate = { value: null, source: 'none' };
  if (header && isValidDateValue(header.date)) docDate = { value: header.date, source: 'header' };
  else if (header) warnings.push(`header date ${header.date} is not a calendar date; ignored`);
  else if (input.headerDate) docDate = { value: input.headerDate, source: 'header' };
  else if (options.date) docDate = { value: options.date, source: 'option' };

  const body = text.slice(bodyStart);
  const language = options.language ?? detectLanguage(body).language;
  const sentences = splitSentences(text, bodyStart);
  const ctx = new DocContext(input.id, text, bodyStart, language, sentences, docDate.value);
  const state = emptyState(docDate);
  for (const stage of STAGES) {
    if (!stage.languages.includes(language)) continue;
    stage.run(ctx, state);
  }
  return {
    id: input.id,
    language,
    date: state.docDate,
    header: header ? ctx.span(header.start, header.end) : null,
    sentences: sentences.length,
    people: state.people,
    dates: state.dates,
    quotes: state.quotes,
    sources: state.sources,
    claims: state.claims,
    events: state.events,
    warnings,
    ...(input.part ? { part: input.part } : {}),
  };
}
