import { REDLINE_STYLES, type RedlineStyle } from '../render/report/index.js';
import type { Io } from './io.js';
import { oneOf } from './parse-options.js';
import { UsageError } from './usage-error.js';
import { writeOutputFile } from './write-output.js';

/** `-o FILE` and `--force`, for every command that prints a result a person may want to keep. */
export const OUTPUT_OPTIONS = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

/** `--redline html|plain`, for the Markdown reports that show changes of wording. */
export const REDLINE_OPTION = { redline: { type: 'string' } } as const;

/** Option help lines, the descriptions starting at `column` as in the rest of the command's help. */
function usage(column: number, options: Array<[string, string[]]>): string {
  return options.flatMap(([flag, [first = '', ...rest]]) => [`  ${flag}`.padEnd(column) + first, ...rest.map((line) => ' '.repeat(column) + line)]).join('\n');
}

export function outputUsage(column: number): string {
  return usage(column, [
    ['-o, --output FILE', ['write the result to FILE instead of printing it (never', 'replaces an existing file unless --force is given)']],
    ['--force', ['replace FILE if it exists']],
  ]);
}

export function redlineUsage(column: number): string {
  return usage(column, [['--redline STYLE', ['with --format md: html (default) marks changes with', '<del>/<ins>, which GitHub shows struck through and', 'underlined; plain uses ~~…~~ and **…**, for renderers', 'that strip HTML']]]);
}

export function redlineOption(value: string | undefined, format: string): RedlineStyle {
  if (value !== undefined && format !== 'md') throw new UsageError('--redline applies to the Markdown report only: add --format md');
  return oneOf('redline', value, REDLINE_STYLES, 'html');
}

/**
 * Runs `write` with a printer: stdout, or, with `-o FILE`, a buffer written to FILE afterwards
 * by `writeOutputFile` (the policy every command's `-o` follows).
 */
export async function writeOutput(io: Io, values: { output?: string; force?: boolean }, write: (print: (text: string) => void) => void): Promise<void> {
  if (values.output === undefined) {
    write(io.stdout);
    return;
  }
  let text = '';
  write((chunk) => void (text += chunk));
  await writeOutputFile(io, values.output, text, { force: values.force ?? false });
}

/**
 * Refuses, before any work is done, to print a binary document (`--format docx`) to a terminal,
 * where it would show as garbage: the user is told to add `-o FILE`. Piped on, it is written.
 */
export function refuseBinaryToTerminal(io: Io, values: { output?: string }, format: string): void {
  if (values.output === undefined && io.isTTY) throw new UsageError(`--format ${format} makes a binary file, which a terminal cannot show: add -o FILE.${format} (or pipe the output into a file or another program)`);
}

/** Writes a binary document (a Word file) to `-o FILE` by the same policy as text, or to a pipe. */
export async function writeBinaryOutput(io: Io, values: { output?: string; force?: boolean }, bytes: Uint8Array): Promise<void> {
  if (values.output !== undefined) {
    await writeOutputFile(io, values.output, bytes, { force: values.force ?? false });
    return;
  }
  refuseBinaryToTerminal(io, values, 'docx');
  if (!io.stdoutBytes) throw new Error('this output cannot take bytes');
  io.stdoutBytes(bytes);
}
