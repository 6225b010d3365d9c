import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../load/diagnostic.js';
import { readSource } from '../load/read-source.js';

/** Refusals of `readSource` that `mendSource` repairs. */
const MENDABLE = new Set(['bom', 'line-endings']);

export type EditableSource = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/**
 * Reads a resolution file for a command that may rewrite it: everything `readSource` refuses
 * stays refused (binary, not UTF-8, too large, empty), except a byte-order mark and CRLF line
 * endings, which are returned as they are for `mendSource` to repair.
 */
export async function readEditable(file: string): Promise<EditableSource> {
  const source = await readSource(file);
  if (source.ok || !MENDABLE.has(source.diagnostic.code)) return source;
  // readSource refuses these only after the bytes decoded as UTF-8.
  return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile(file)) };
}
