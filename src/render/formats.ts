/** Output formats of the fact commands (a light module: the CLI reads it before loading renderers). */
export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];
