/**
 * Turns bytes into text. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded as such;
 * bytes that are not valid UTF-8 are read as Windows-1252 (a superset of Latin-1 for printable
 * text) with a warning, rather than dropped. A NUL byte in text that is not UTF-16 marks a
 * binary file.
 */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warning?: string;
}

export function decodeBytes(bytes: Uint8Array): Decoded | { binary: true } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warning: 'decoded as UTF-16LE (byte-order mark)' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warning: 'decoded as UTF-16BE (byte-order mark)' };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.indexOf(0) !== -1) return { binary: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252', warning: 'not valid UTF-8; decoded as Windows-1252 (Latin-1)' };
  }
}
