import { existsSync, statSync } from 'node:fs';
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
import { importPdf } from '../../import/pdf/import-pdf.js';
import { importDocx } from '../../import/docx/import-docx.js';
import { checkWritten } from '../../import/check-written.js';
import { ImportRefusal } from '../../import/import-refusal.js';
import { importResolution, type ImportOptions, type TrackedChanges } from '../../import/import-resolution.js';
import { MARKDOWN_TOO_DEEP } from '../../import/markdown-blocks.js';
import type { Diagnostic } from '../../load/diagnostic.js';
import { decodeText } from '../../load/decode-text.js';
import { readRegularFile } from '../../fs/read-regular-file.js';
import { MAX_FILE_BYTES } from '../../load/read-source.js';
import { countDiagnostics, formatText } from '../format/diagnostics.js';

/** What a reader gives back: the YAML to write and its doubts; `clauseLines` where the written file is to be checked against its input. */
export interface ReadOutcome {
  yaml: string;
  diagnostics: Diagnostic[];
  clauseLines?: ReadonlyMap<string, number>;
  clausePlaces?: ReadonlyMap<string, string>;
}

/**
 * One reader per input format. A text reader gets the file checked as UTF-8 text; a binary
 * reader (Word, PDF) gets its bytes as they are. A reader that cannot read the file at all
 * throws an `ImportRefusal`; nothing is then written.
 */
type Reader = { extensions: RegExp; binary: false; read(text: string, options: ImportOptions): ReadOutcome | Promise<ReadOutcome> } | { extensions: RegExp; binary: true; read(bytes: Uint8Array, options: ImportOptions): ReadOutcome | Promise<ReadOutcome> };

export const READERS = {
  text: { extensions: /\.txt$/i, binary: false, read: (text, options) => importResolution(text, { ...options, format: 'text' }) },
  md: { extensions: /\.(?:md|markdown)$/i, binary: false, read: readMarkdown },
  xml: { extensions: /\.(?:xml|akn)$/i, binary: false, read: readAkn },
  docx: { extensions: /\.docx$/i, binary: true, read: importDocx },
  pdf: { extensions: /\.pdf$/i, binary: true, read: importPdf },
} satisfies Record<string, Reader>;

const TRACKED: readonly TrackedChanges[] = ['accept', 'reject', 'brackets'];

type ReaderName = keyof typeof READERS;
const FORMATS = Object.keys(READERS) as ReaderName[];

function readMarkdown(text: string, options: ImportOptions): ReadOutcome {
  const result = importResolution(text, { ...options, format: 'md' });
  const tooDeep = result.diagnostics.filter((d) => d.code === MARKDOWN_TOO_DEEP);
  if (tooDeep.length > 0) throw new ImportRefusal(tooDeep, 'the Markdown nests too deep to read');
  return result;
}

function readAkn(text: string, options: ImportOptions): ReadOutcome {
  const akn = importAkn(text, { file: options.file, schemaPath: options.schemaPath, ...(options.regime ? { regime: options.regime } : {}) });
  if (!akn.ok) throw new ImportRefusal(akn.diagnostics, 'the file cannot be read as Akoma Ntoso');
  return akn;
}

/** The reader named by --format, else the one whose extension the file has; plain text for any other name. */
export function formatOf(file: string, given: string | undefined): ReaderName {
  if (given !== undefined) return oneOf('format', given === 'akn' ? 'xml' : given, FORMATS, 'text');
  return FORMATS.find((name) => READERS[name].extensions.test(file)) ?? 'text';
}

/** A binary reader gets the bytes; a text reader the file as UTF-8 text, refused if binary or in another encoding (located at its first bad byte, with the encoding it probably is). */
export async function readWith(reader: Reader, bytes: Uint8Array, shown: string, options: ImportOptions): Promise<ReadOutcome> {
  if (reader.binary) return reader.read(bytes, options);
  const decoded = decodeText(shown, bytes, 'give a Word (.docx) or PDF file its extension, or name its format with --format');
  if (!decoded.ok) throw new ImportRefusal([decoded.diagnostic], 'the file cannot be read as text');
  return reader.read(decoded.text, options);
}

export const importCommand: Command = {
  usage: `Usage: bluedraft import FILE [-o OUT.yaml] [options]

Turns the official text of a resolution or draft (plain text, Markdown, Akoma Ntoso or a Word
file) into a resolution file: header, preambular and operative paragraphs, subparagraphs, annexes, the vote, the
citations in each clause, and proposed effects (marked \`inferred: true\` for a person to
confirm). Words are never changed: hard-wrapped lines are joined and printers' hyphenation
removed; every doubt is reported with the line of the input it comes from.

A .xml file is read as Akoma Ntoso 3.0 (docs/akn.md): what \`bluedraft render --format akn\`
writes comes back exactly. XML that is not well formed, declares a DOCTYPE or is not Akoma
Ntoso is refused with its line and column, and nothing is written.

A .docx file is read as Word shows it (docs/import-docx.md): its automatic numbering as
printed, its tracked changes (accepted by default, each reported where it stands) and its
comments (kept as notes on their paragraph, with the author). Doubts name the paragraph of
the Word file and its first words.

A .pdf file is read in the published UN layout (docs/import-pdf.md): running header, page
numbers, job number and bar code are left out, footnotes kept as notes. Doubts name the page,
the line on it and its words. A scan without a text layer is refused: it needs OCR first.

Options:
  -o, --output FILE      write the YAML to FILE (default: print it)
  --force                overwrite FILE if it exists
  --regime ID            the regime the text belongs to (haiti, dprk …)
  --format F             the input's format: text, md, xml (Akoma Ntoso), docx, pdf
                         (default: from its extension; any other name is text)
  --tracked MODE         Word's tracked changes: accept (default) takes the text with all
                         changes accepted, reject the text before them, brackets records
                         each change as a negotiation bracket proposed by its author
  -h, --help             show this help

Exit codes: 0 imported, 1 the output file exists (without --force), the input cannot be read,
or the file written does not validate (each problem at its line:col), 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      regime: { type: 'string' },
      format: { type: 'string' },
      tracked: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'give the file to import' : 'give exactly one file to import');
    if (values.regime !== undefined && !/^[a-z][a-z0-9-]*$/.test(values.regime)) throw new UsageError(`--regime must be a lower-case id like "haiti" or "southern-rhodesia" (got "${values.regime}")`);
    const input = path.resolve(io.cwd, positionals[0]!);
    const shown = path.relative(io.cwd, input) || input;
    const format = formatOf(input, values.format);
    // Not a regular file (a folder, a pipe, a device), or too large: refused before a byte is read.
    const read = readRegularFile(input, MAX_FILE_BYTES, shown);
    if (!read.ok) {
      io.stderr(formatText([read.diagnostic], countDiagnostics(1, [read.diagnostic]), useColour(io)));
      return EXIT.problems;
    }
    const output = values.output === undefined ? undefined : path.resolve(io.cwd, values.output);
    // Refused before the work, not after it: the file is there and --force was not given.
    if (output && existsSync(output) && !values.force && !statSync(output).isDirectory()) throw outputRefusal(new FileExistsError(output), path.relative(io.cwd, output) || output);
    const folder = output ? path.dirname(output) : io.cwd;
    const options: ImportOptions = {
      file: shown,
      format: 'text',
      ...(values.regime ? { regime: values.regime } : {}),
      sourceFile: pathFrom(folder, input),
      schemaPath: schemaPathFrom(folder),
      ...(values.tracked === undefined ? {} : { tracked: oneOf('tracked', values.tracked, TRACKED, 'accept') }),
    };
    let result: ReadOutcome;
    try {
      result = await readWith(READERS[format], read.bytes, shown, options);
    } catch (error) {
      if (!(error instanceof ImportRefusal)) throw error;
      io.stderr(formatText(error.diagnostics, countDiagnostics(1, error.diagnostics), useColour(io)));
      io.stderr(`bluedraft import: ${error.summary}; nothing was written\n`);
      return EXIT.problems;
    }
    if (output) await writeOutputFile(io, output, result.yaml, { force: values.force === true });
    if (!output) io.stdout(result.yaml);
    if (result.diagnostics.length > 0) io.stderr(formatText(result.diagnostics, countDiagnostics(1, result.diagnostics), useColour(io)));
    if (result.clauseLines === undefined) return EXIT.ok;
    // What was written must validate: its problems are said at line:col of the written YAML.
    const problems = checkWritten(output ? path.relative(io.cwd, output) || output : '<stdout>', result.yaml, { input: shown, clauseLines: result.clauseLines, ...(result.clausePlaces ? { clausePlaces: result.clausePlaces } : {}) });
    if (problems.length === 0) return EXIT.ok;
    io.stderr(`bluedraft import: the file written does not validate (${problems.length} error${problems.length === 1 ? '' : 's'}); correct it, then run \`bluedraft validate\`\n`);
    io.stderr(formatText(problems, countDiagnostics(1, problems), useColour(io)));
    return EXIT.problems;
  },
};
