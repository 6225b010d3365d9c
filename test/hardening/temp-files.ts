import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh folder under the system's temporary folder, for one test's files. */
export function tempFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'bluedraft-hardening-'));
}

/** Writes `files` (name → text) into a fresh temporary folder; returns the folder. */
export function folderWith(files: Record<string, string>): string {
  const folder = tempFolder();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return folder;
}
