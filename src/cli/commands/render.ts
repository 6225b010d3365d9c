import path from 'node:path';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { useColour, type Io } from '../io.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { writeOutputFile } from '../write-output.js';
import { refuseBinaryToTerminal, writeBinaryOutput } from '../report-output.js';
import { countDiagnostics, formatText } from '../format/diagnostics.js';
import { diagnostic, hasErrors, START_OF_FILE, type Diagnostic } from '../../load/diagnostic.js';
import { loadDocument, type LoadedDocument } from '../../load/load-document.js';
import { locateInText } from '../../load/locate-in-text.js';
import type { UnsettledBracket } from '../../render/document/layout.js';
import { joinNames } from '../../text/join-names.js';
import { renderAkn } from '../../render/document/akn/render-akn.js';
import { renderDocument, type RenderFormat } from '../../render/document/render-document.js';
import { resolutionDocx } from '../../render/docx/resolution-docx.js';
import { checkBrackets } from '../../validate/check-brackets.js';

const FORMATS = ['txt', 'md', 'akn', 'docx'] as const;

function formatOf(output: string | undefined, given: string | undefined): RenderFormat | 'akn' | 'docx' {
  if (given !== undefined) return oneOf('format', given, FORMATS, 'txt');
  if (output && /\.xml$/i.test(output)) return 'akn';
  if (output && /\.docx$/i.test(output)) return 'docx';
  return output && /\.(?:md|markdown)$/i.test(output) ? 'md' : 'txt';
}

function unsettledDiagnostic(loaded: LoadedDocument, bracket: UnsettledBracket): Diagnostic {
  const position = locateInText(loaded.text, loaded.locate, bracket.path, bracket.offset);
  const by = bracket.bracket?.proposedBy?.length ? ` (proposed by ${joinNames(bracket.bracket.proposedBy)})` : '';
  const name = `bracket ${bracket.index + 1} of \`${bracket.clauseId}\``;
  return bracket.bracket?.state === 'agreed'
    ? diagnostic(loaded.file, position, 'error', 'bracket-unsettled', `${name} is agreed but does not say which option was kept: ${bracket.written}${by}`, 'add `agreedOption:` to its entry in `brackets`')
    : diagnostic(loaded.file, position, 'error', 'bracket-open', `${name} is still open: ${bracket.written}${by}`, 'agree it first (state: agreed, agreedOption: the option kept, or 0 to drop it), or render without --clean');
}

/** Prints the rendering, or writes it to the output file (never over an existing one without --force). */
async function deliver(text: string | Uint8Array, to: { input: string; output: string | undefined; force: boolean; shown: (file: string) => string }, io: Io): Promise<number> {
  const { output, shown } = to;
  if (!output) {
    if (typeof text === 'string') io.stdout(text);
    else await writeBinaryOutput(io, {}, text);
    return EXIT.ok;
  }
  await writeOutputFile(io, output, text, { force: to.force });
  io.stdout(`rendered ${shown(to.input)} to ${shown(output)}\n`);
  return EXIT.ok;
}

export const renderCommand: Command = {
  usage: `Usage: bluedraft render FILE.yaml [--format txt|md|akn|docx] [--clean] [-o OUT] [--force]

Prints a resolution or draft as it is circulated: the header (resolution number and adoption,
or a draft's symbol and sponsors), "The Security Council,", the preambular paragraphs, the
numbered operative paragraphs with their subparagraphs, annexes and the vote. Plain text keeps
the official layout (and \`bluedraft import\` reads it back); Markdown sets the opening words in
italics and notes who proposed each negotiation bracket. Akoma Ntoso (akn) is the OASIS legal
XML standard the UN system uses (AKN4UN, docs/akn.md): \`bluedraft import\` reads it back
exactly. Word (docx) is the UN layout with paragraph numbers and subparagraph labels as Word
numbering (docs/word-output.md). Editorial summaries are marked as such, never printed as
official wording.

Options:
  --format txt|md|akn|docx
                     plain text (default), Markdown, Akoma Ntoso 3.0 XML or Word;
                     -o FILE.md chooses Markdown, -o FILE.xml Akoma Ntoso, -o FILE.docx
                     Word (a Word file is never printed to a terminal: give -o FILE)
  --clean            the clean text: agreed brackets resolved to the option kept; refused,
                     with the list of open brackets, while any bracket is open
  -o, --output FILE  write to FILE (default: print it)
  --force            overwrite FILE if it exists
  -h, --help         show this help

Exit codes: 0 rendered, 1 the file has problems, a bracket is open (--clean) or the output
exists (without --force), 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      format: { type: 'string' },
      clean: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one resolution file to render');
    const input = path.resolve(io.cwd, positionals[0]!);
    const output = values.output === undefined ? undefined : path.resolve(io.cwd, values.output);
    if (output === input) throw new UsageError('the output would overwrite the resolution file itself; choose another file');
    const format = formatOf(output, values.format);
    if (format === 'docx') refuseBinaryToTerminal(io, values, 'docx');
    const shown = (file: string) => path.relative(io.cwd, file) || file;
    const report = (diagnostics: Diagnostic[]) => io.stderr(formatText(diagnostics.map((d) => ({ ...d, file: shown(d.file) })), countDiagnostics(1, diagnostics), useColour(io)));

    const loaded = await loadDocument(input);
    if (!loaded.ok) {
      report(loaded.diagnostics);
      return EXIT.problems;
    }
    if (format === 'akn' && values.clean) throw new UsageError('--clean makes the clean text in txt or md; Akoma Ntoso keeps the brackets as written');
    if (values.clean) {
      const problems = checkBrackets(loaded.loaded).filter((d) => d.severity === 'error');
      if (hasErrors(problems)) {
        report(problems);
        io.stderr('bluedraft render: the brackets must be written correctly before a clean text can be made; nothing was rendered\n');
        return EXIT.problems;
      }
    }
    if (format === 'akn') {
      const akn = renderAkn(loaded.loaded.document);
      if (!akn.ok) {
        report([diagnostic(loaded.loaded.file, START_OF_FILE, 'error', 'akn-no-date', akn.problem, akn.hint)]);
        return EXIT.problems;
      }
      return deliver(akn.xml, { input, output, force: values.force ?? false, shown }, io);
    }
    const result = format === 'docx' ? resolutionDocx(loaded.loaded.document, { clean: values.clean ?? false }) : renderDocument(loaded.loaded.document, { format, clean: values.clean ?? false });
    if (!result.ok) {
      report(result.unsettled.map((b) => unsettledDiagnostic(loaded.loaded, b)));
      io.stderr(`bluedraft render: ${result.unsettled.length} bracket${result.unsettled.length === 1 ? ' is' : 's are'} not yet agreed, so there is no clean text; nothing was rendered\n`);
      return EXIT.problems;
    }
    return deliver('bytes' in result ? result.bytes : result.text, { input, output, force: values.force ?? false, shown }, io);
  },
};
