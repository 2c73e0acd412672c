/**
 * Text from articles must never reach a terminal raw: control characters and escape sequences
 * (ESC [ ... , OSC, C1 controls) are replaced by visible placeholders; line breaks become spaces.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function safeText(s: string): string {
  return s.replace(ESCAPE_SEQUENCE, '\u241b').replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ').replace(CONTROL, '\ufffd');
}

/** Shortens long text for a table cell, keeping whole code points. */
export function clip(s: string, max: number): string {
  const cps = [...s];
  return cps.length <= max ? s : `${cps.slice(0, max - 1).join('')}…`;
}
