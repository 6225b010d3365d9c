import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A list marker at the start of a line, left for pandoc to read as a list: "12.", "(a)", "(iv)". */
const MARKER = /^(\d{1,3}\.|\([a-z]{1,4}\))(\s+)/;

/** The text as Markdown in which every line break stays a line break and only list markers are markup (all other punctuation escaped). */
export function asMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const trimmed = line.trimStart();
      const marker = MARKER.exec(trimmed);
      const rest = marker ? trimmed.slice(marker[0].length) : trimmed;
      const escaped = rest.replace(/[!-/:-@[-`{-~]/g, '\\$&');
      return marker ? `${marker[1]}${marker[2]}${escaped}` : escaped;
    })
    .join('\n');
}

/** Word files made by pandoc (not by bluedraft) from Markdown texts, its numbered lists as real Word numbering; several at once. */
export async function pandocDocx(markdowns: readonly string[], from = 'markdown+hard_line_breaks-smart'): Promise<Uint8Array[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-pandoc-'));
  return Promise.all(
    markdowns.map(async (markdown, k) => {
      const input = path.join(folder, `${k}.md`);
      const output = path.join(folder, `${k}.docx`);
      writeFileSync(input, markdown);
      await run('pandoc', ['-f', from, '-o', output, input]);
      return new Uint8Array(readFileSync(output));
    }),
  );
}
