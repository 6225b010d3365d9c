import { Buffer, isUtf8 } from 'node:buffer';
import path from 'node:path';
import { diagnostic, START_OF_FILE, type Diagnostic } from './diagnostic.js';

/** Text decoded from UTF-8 bytes; `bom` says whether a byte-order mark was dropped from its start. */
export type DecodedText = { ok: true; text: string; bom: boolean } | { ok: false; diagnostic: Diagnostic };

/** An encoding a text that is not UTF-8 is probably in: its name for people, and for `iconv -f`. */
interface Guess {
  name: string;
  iconv: string;
  /** What a byte stands for in it; undefined where the guess is too vague to say. */
  character?: (byte: number) => string;
}

const UTF16_LE: Guess = { name: 'UTF-16 (little-endian)', iconv: 'utf-16le' };
const UTF16_BE: Guess = { name: 'UTF-16 (big-endian)', iconv: 'utf-16be' };
/**
 * Windows-1252's characters for the bytes 0x80–0x9F (curly quotes, dashes, €), where Latin-1 has
 * control codes no text uses; the five it leaves unassigned stand for themselves. Written out:
 * Node's TextDecoder reads `windows-1252` as Latin-1.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const WINDOWS_1252_ONLY = new Set(Array.from(WINDOWS_1252_HIGH, (c, i) => (c.charCodeAt(0) === 0x80 + i ? -1 : 0x80 + i)));
const LATIN1: Guess = { name: 'Latin-1 (ISO-8859-1)', iconv: 'latin1', character: (byte) => String.fromCharCode(byte) };
const WINDOWS_1252: Guess = { name: 'Windows-1252', iconv: 'windows-1252', character: (byte) => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte)) };

/** UTF-16 by its byte-order mark, or by its NUL bytes: nearly every second byte NUL, the others not. */
function utf16(bytes: Uint8Array): Guess | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16_LE;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16_BE;
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return undefined;
  const nuls = [0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) nuls[i % 2]!++;
  const half = sample.length / 2;
  if (nuls[1]! > 0.4 * half && nuls[0]! < 0.05 * half) return UTF16_LE;
  if (nuls[0]! > 0.4 * half && nuls[1]! < 0.05 * half) return UTF16_BE;
  return undefined;
}

/** The 8-bit encoding a text that is not UTF-8 is most likely in, from the bytes above 0x7F it uses. */
function eightBit(bytes: Uint8Array): Guess | undefined {
  let high = false;
  for (const byte of bytes) {
    if (WINDOWS_1252_ONLY.has(byte)) return WINDOWS_1252;
    if (byte >= 0x80 && byte < 0xa0) return undefined;
    if (byte >= 0xa0) high = true;
  }
  return high ? LATIN1 : undefined;
}

/** The first byte at which `bytes` stops being valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length + (need === 0 ? 1 : 0)) return i;
    const second = bytes[i + 1]!;
    // Overlong forms, surrogates and code points past U+10FFFF, which the decoder refuses too.
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Line and column (1-based) of the byte at `offset`, counting columns as the characters before
 * it on its line, as an editor does: the bytes before the first bad one are valid UTF-8, so a
 * character of several bytes counts once.
 */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1 };
}

function convertHint(guess: Guess | undefined, file: string): string {
  const name = path.basename(file);
  const converted = name.replace(/(\.[^.]*)?$/, (ext) => `.utf8${ext}`);
  return guess
    ? `convert it to UTF-8: \`iconv -f ${guess.iconv} -t utf-8 ${name} > ${converted}\`, or in an editor "Save with encoding" → UTF-8`
    : `find its encoding (\`file -i ${name}\`), then convert it: \`iconv -f ENCODING -t utf-8 ${name} > ${converted}\`, or in an editor "Save with encoding" → UTF-8`;
}

/**
 * Decodes a text file's bytes as UTF-8, refusing what is not UTF-8 text with a located
 * diagnostic: UTF-16 (said as such), a binary file (a NUL byte), and any other encoding at its
 * first bad byte, with the encoding it probably is and the command that converts it. `file` is
 * the name diagnostics give; `binaryHint` what to do with a binary file.
 */
export function decodeText(file: string, bytes: Uint8Array, binaryHint = 'check the path; a resolution file is plain UTF-8 text'): DecodedText {
  const fail = (position: { line: number; col: number }, code: string, message: string, hint: string): DecodedText => ({ ok: false, diagnostic: diagnostic(file, position, 'error', code, message, hint) });
  const nul = bytes.indexOf(0);
  const wide = (nul >= 0 || bytes[0] === 0xff || bytes[0] === 0xfe) && utf16(bytes);
  if (wide) return fail(START_OF_FILE, 'encoding', `the file is ${wide.name} text, not UTF-8`, convertHint(wide, file));
  if (nul >= 0) return fail(positionOfByte(bytes, nul), 'binary-file', 'file contains a NUL byte: this is a binary file, not text', binaryHint);
  // Node's native check and decoding are fast, and need no ICU decoder set up on every run (a
  // fatal TextDecoder's first use costs milliseconds); the byte is looked for only once the check has refused the text.
  if (!isUtf8(bytes)) {
    const invalid = Math.max(firstInvalidUtf8(bytes), 0);
    const byte = bytes[invalid]!;
    const guess = eightBit(bytes);
    const shown = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const probably = guess?.character ? `: the file is probably ${guess.name}, where it is "${guess.character(byte)}"` : ': the file is in another encoding';
    return fail(positionOfByte(bytes, invalid), 'encoding', `byte ${shown} is not valid UTF-8${probably}`, convertHint(guess, file));
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', bom ? 3 : 0);
  return { ok: true, text, bom };
}
