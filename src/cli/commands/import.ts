import { existsSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { useColour } from '../io.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { outputRefusal, writeOutputFile } from '../write-output.js';
import { pathFrom } from '../../fs/path-from.js';
import { schemaPathFrom } from '../../fs/schema-location.js';
import { FileExistsError } from '../../fs/write-new-file.js';
import { importAkn } from '../../import/akn/import-akn.js';
import { checkWritten } from '../../import/check-written.js';
import { importResolution, type ImportFormat } from '../../import/import-resolution.js';
import { MARKDOWN_TOO_DEEP } from '../../import/markdown-blocks.js';
import { MAX_FILE_BYTES } from '../../load/read-source.js';
import { countDiagnostics, formatText } from '../format/diagnostics.js';

const FORMATS = ['text', 'md'] as const;

function formatOf(file: string, given: string | undefined): ImportFormat {
  if (given !== undefined) return oneOf('format', given, FORMATS, 'text');
  return /\.(?:md|markdown)$/i.test(file) ? 'md' : 'text';
}

export const importCommand: Command = {
  usage: `Usage: bluedraft import FILE [-o OUT.yaml] [options]

Turns the official text of a resolution or draft (plain text or Markdown) into a resolution
file: header, preambular and operative paragraphs, subparagraphs, annexes, the vote, the
citations in each clause, and proposed effects (marked \`inferred: true\` for a person to
confirm). Words are never changed: hard-wrapped lines are joined and printers' hyphenation
removed; every doubt is reported with the line of the input it comes from.

A .xml file is read as Akoma Ntoso 3.0 (docs/akn.md): what \`bluedraft render --format akn\`
writes comes back exactly. XML that is not well formed, declares a DOCTYPE or is not Akoma
Ntoso is refused with its line and column, and nothing is written.

Options:
  -o, --output FILE      write the YAML to FILE (default: print it)
  --force                overwrite FILE if it exists
  --regime ID            the regime the text belongs to (haiti, dprk …)
  --format text|md       the input's format (default: from its extension)
  -h, --help             show this help

Exit codes: 0 imported, 1 the output file exists (without --force), the input cannot be read,
or the file written does not validate (each problem at its line:col), 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      regime: { type: 'string' },
      format: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'give the file to import' : 'give exactly one file to import');
    if (values.regime !== undefined && !/^[a-z][a-z0-9-]*$/.test(values.regime)) throw new UsageError(`--regime must be a lower-case id like "haiti" or "southern-rhodesia" (got "${values.regime}")`);
    const input = path.resolve(io.cwd, positionals[0]!);
    const shown = path.relative(io.cwd, input) || input;
    const format = formatOf(input, values.format);
    const info = await stat(input).catch(() => undefined);
    if (!info?.isFile()) {
      io.stderr(`${shown}:1:1  error  ${info ? 'this is not a file' : 'no such file'}  [not-found]\n`);
      return EXIT.problems;
    }
    if (info.size > MAX_FILE_BYTES) {
      io.stderr(`${shown}:1:1  error  file is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB  [file-too-large]\n`);
      return EXIT.problems;
    }
    const bytes = await readFile(input);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      io.stderr(`${shown}:1:1  error  the file is not valid UTF-8 text  [encoding]\n    fix: save it as UTF-8 (most editors: "Save with encoding" → UTF-8)\n`);
      return EXIT.problems;
    }
    if (text.includes('\u0000')) {
      io.stderr(`${shown}:1:1  error  the file contains NUL bytes: it is a binary file, not text  [binary-file]\n`);
      return EXIT.problems;
    }

    const output = values.output === undefined ? undefined : path.resolve(io.cwd, values.output);
    // Refused before the work, not after it: the file is there and --force was not given.
    if (output && existsSync(output) && !values.force && !statSync(output).isDirectory()) throw outputRefusal(new FileExistsError(output), path.relative(io.cwd, output) || output);
    const folder = output ? path.dirname(output) : io.cwd;
    if (/\.xml$/i.test(input) && values.format === undefined) {
      const akn = importAkn(text, { file: shown, schemaPath: schemaPathFrom(folder), ...(values.regime ? { regime: values.regime } : {}) });
      if (akn.ok && output) await writeOutputFile(io, output, akn.yaml, { force: values.force === true });
      if (akn.ok && !output) io.stdout(akn.yaml);
      if (akn.diagnostics.length > 0) io.stderr(formatText(akn.diagnostics, countDiagnostics(1, akn.diagnostics), useColour(io)));
      if (!akn.ok) io.stderr('bluedraft import: the file cannot be read as Akoma Ntoso; nothing was written\n');
      return akn.ok ? EXIT.ok : EXIT.problems;
    }
    const result = importResolution(text, {
      file: shown,
      format,
      ...(values.regime ? { regime: values.regime } : {}),
      sourceFile: pathFrom(folder, input),
      schemaPath: schemaPathFrom(folder),
    });
    const tooDeep = result.diagnostics.filter((d) => d.code === MARKDOWN_TOO_DEEP);
    if (tooDeep.length > 0) {
      io.stderr(formatText(tooDeep, countDiagnostics(1, tooDeep), useColour(io)));
      io.stderr('bluedraft import: the Markdown nests too deep to read; nothing was written\n');
      return EXIT.problems;
    }
    if (output) await writeOutputFile(io, output, result.yaml, { force: values.force === true });
    if (!output) io.stdout(result.yaml);
    if (result.diagnostics.length > 0) io.stderr(formatText(result.diagnostics, countDiagnostics(1, result.diagnostics), useColour(io)));
    // What was written must validate: its problems are said at line:col of the written YAML.
    const problems = checkWritten(output ? path.relative(io.cwd, output) || output : '<stdout>', result.yaml, { input: shown, clauseLines: result.clauseLines });
    if (problems.length === 0) return EXIT.ok;
    io.stderr(`bluedraft import: the file written does not validate (${problems.length} error${problems.length === 1 ? '' : 's'}); correct it, then run \`bluedraft validate\`\n`);
    io.stderr(formatText(problems, countDiagnostics(1, problems), useColour(io)));
    return EXIT.problems;
  },
};
