/**
 * Text encodings of CSV files: UTF-8 (with or without a byte-order mark) and Windows-1252,
 * which is what Excel on Swedish Windows writes when asked for "CSV (semikolonavgränsad)".
 */
import { ValueFileError } from './errors';

export type TextEncodingName = 'utf-8' | 'windows-1252';

// Node's TextDecoder treats `windows-1252` as ISO-8859-1 and leaves 0x80–0x9F as C1 controls;
// these are the characters Windows-1252 puts there (€, –, “, ” …). Unassigned bytes stay as they are.
const C1_TO_1252: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
  0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

const latin1 = new TextDecoder('latin1');

/** Decodes Windows-1252 bytes (every byte is one character, so no state is carried between chunks). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => C1_TO_1252[c.charCodeAt(0)] ?? c);
}

const hasBom = (b: Uint8Array) => b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/** Guesses the encoding of a file from its first bytes: a BOM or valid UTF-8 means UTF-8, anything else Windows-1252. */
export function detectEncoding(sample: Uint8Array): TextEncodingName {
  if (hasBom(sample)) return 'utf-8';
  try {
    // stream: true, so that a character cut by the end of the sample is not taken for an error.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * Decodes a file chunk by chunk. A file that looked like UTF-8 in its first bytes but turns out
 * not to be is switched to Windows-1252 if nothing but ASCII came before (then both readings of
 * the earlier text agree); a file that mixes the two is refused rather than read wrongly.
 */
export class ChunkDecoder {
  private utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  private sawNonAscii = false;
  private first = true;

  constructor(public encoding: TextEncodingName) {}

  /** Decodes the next chunk; `last` flushes a character left incomplete at the end. */
  decode(chunk: Uint8Array, last = false): string {
    let bytes = chunk;
    if (this.first) {
      this.first = false;
      if (hasBom(bytes)) {
        this.encoding = 'utf-8';
        bytes = bytes.subarray(3);
      }
    }
    if (this.encoding === 'windows-1252') return decodeWindows1252(bytes);
    try {
      const text = this.utf8.decode(bytes, { stream: !last });
      // Fewer characters than bytes means a multi-byte character was (or is being) read.
      if (text.length !== bytes.length) this.sawNonAscii = true;
      return text;
    } catch {
      if (this.sawNonAscii) {
        throw new ValueFileError('Filen blandar teckenkodningarna UTF-8 och Windows-1252. Spara den på nytt med en av dem.');
      }
      this.encoding = 'windows-1252';
      return decodeWindows1252(bytes);
    }
  }
}
