import { readFileSync, statSync } from 'node:fs';
import { diagnostic, START_OF_FILE, type Diagnostic } from './diagnostic.js';
import { pathProblem } from './path-problem.js';

/** Larger files are refused before they are read: no real resolution comes near this. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type SourceText = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Position of the byte at `offset` in `bytes`, counting lines from what was decodable. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/** The first byte at which `bytes` stops being valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= bytes.length + (need === 0 ? 1 : 0)) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Reads a resolution file as text, refusing what is not plain UTF-8 YAML text: too large,
 * binary, another encoding, a byte-order mark, Windows line endings. Each refusal is a located
 * diagnostic with the fix, so a file never half-loads.
 *
 * The file is read synchronously: for files of a few kilobytes, Node's asynchronous reads cost
 * ten times as much processor time as the reads themselves (bench: a tenth of validating a
 * folder), and nothing else waits on a command while it reads its input.
 */
export async function readSource(file: string): Promise<SourceText> {
  const fail = (position: { line: number; col: number }, code: string, message: string, hint: string): SourceText => ({
    ok: false,
    diagnostic: diagnostic(file, position, 'error', code, message, hint),
  });
  let info;
  try {
    info = statSync(file);
  } catch (error) {
    return { ok: false, diagnostic: pathProblem(file, error) };
  }
  if (!info.isFile()) return { ok: false, diagnostic: pathProblem(file, Object.assign(new Error('not a file'), { code: 'EISDIR' })) };
  if (info.size > MAX_FILE_BYTES) {
    return fail(
      START_OF_FILE,
      'file-too-large',
      `file is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      'a resolution file holds one resolution or draft; split it, or check that this is the file you meant',
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    return { ok: false, diagnostic: pathProblem(file, error) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fail(positionOfByte(bytes, nul), 'binary-file', 'file contains a NUL byte: this is a binary file, not YAML text', 'check the path; a resolution file is plain UTF-8 text');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const invalid = Math.max(firstInvalidUtf8(bytes), 0);
    return fail(
      positionOfByte(bytes, invalid),
      'encoding',
      `byte 0x${bytes[invalid]!.toString(16).padStart(2, '0')} is not valid UTF-8`,
      'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
    );
  }
  if (text.startsWith('\uFEFF')) {
    return fail(START_OF_FILE, 'bom', 'file starts with a byte-order mark (BOM)', 'save the file as UTF-8 without BOM, or run `bluedraft fmt` on it');
  }
  const cr = text.indexOf('\r');
  if (cr >= 0) {
    const before = text.slice(0, cr);
    const line = before.split('\n').length;
    return fail(
      { line, col: cr - before.lastIndexOf('\n') },
      'line-endings',
      'file uses Windows (CRLF) or old Mac (CR) line endings',
      'save with Unix (LF) line endings, or run `bluedraft fmt` on it; in git, set `* text=auto eol=lf` in .gitattributes',
    );
  }
  if (text.trim() === '' || text.split('\n').every((l) => l.trim() === '' || l.trimStart().startsWith('#'))) {
    return fail(START_OF_FILE, 'empty-file', 'file is empty: it holds no resolution', 'start from `bluedraft new`, or delete the file');
  }
  return { ok: true, text };
}
