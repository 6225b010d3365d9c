import path from 'node:path';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { useColour } from '../io.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { relativeDiagnostics } from '../consolidation-options.js';
import type { Diagnostic } from '../../load/diagnostic.js';
import { loadDocument } from '../../load/load-document.js';
import type { ResolutionDocument } from '../../model/document.js';
import { diffResolutions } from '../../diff/diff-resolutions.js';
import { collectFiles } from '../../validate/collect-files.js';
import { countDiagnostics, formatText } from '../format/diagnostics.js';
import { formatDiffText } from '../format/diff-text.js';
import { OUTPUT_OPTIONS, outputUsage, REDLINE_OPTION, redlineUsage, redlineOption, writeOutput } from '../report-output.js';
import { renderDiffReport } from '../../render/report/index.js';

const FORMATS = ['text', 'json', 'md'] as const;

export const diffCommand: Command = {
  usage: `Usage: bluedraft diff OLD.yaml NEW.yaml [options]

Compares two versions of a resolution or draft clause by clause: paragraphs reworded (with a
word-level redline), added, removed, moved, renumbered, split or merged; subparagraphs; changes
of legal force (Decides <-> Calls upon, preamble <-> operative part, Chapter VII); document
fields; declared effects and measures; annex entries. Whitespace and line wrapping are not
differences.

Options:
  --format text|json  output: readable text, coloured in a terminal (default), or the
                      structured result (docs/diff.md)
  --format md         a Markdown report to paste into a cable or read on GitHub:
                      summary, changes of force first, a table of every change, and
                      each changed paragraph with its redline
  --exit-code         exit 1 when the documents differ (as \`git diff --exit-code\`)
${outputUsage(22)}
${redlineUsage(22)}
  -h, --help          show this help

Exit codes: 0 compared (whether or not they differ, unless --exit-code), 1 the documents
differ (with --exit-code) or a file is invalid, 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, { format: { type: 'string' }, 'exit-code': { type: 'boolean' }, ...OUTPUT_OPTIONS, ...REDLINE_OPTION });
    const format = oneOf('format', values.format, FORMATS, 'text');
    const redline = redlineOption(values.redline, format);
    if (positionals.length !== 2) throw new UsageError(`give the old and the new version (got ${positionals.length} ${positionals.length === 1 ? 'file' : 'files'})`);
    const files = positionals.map((file) => path.resolve(io.cwd, file));
    const documents: ResolutionDocument[] = [];
    const problems: Diagnostic[] = [];
    for (const file of files) {
      // collectFiles says, located, when a path does not exist or is a broken link.
      const found = await collectFiles([file]);
      problems.push(...found.diagnostics);
      if (found.diagnostics.length > 0) continue;
      if (found.files.length !== 1 || found.files[0] !== file) throw new UsageError(`${path.relative(io.cwd, file) || file} is a folder; give two resolution files`);
      const result = await loadDocument(file);
      if (result.ok) documents.push(result.loaded.document);
      else problems.push(...result.diagnostics);
    }
    if (problems.length > 0) {
      const diagnostics = relativeDiagnostics(problems, io.cwd);
      io.stderr(formatText(diagnostics, countDiagnostics(files.length, diagnostics), useColour(io)));
      return EXIT.problems;
    }
    const diff = diffResolutions(documents[0]!, documents[1]!);
    await writeOutput(io, values, (print) => {
      if (format === 'json') print(`${JSON.stringify(diff, null, 2)}\n`);
      else if (format === 'md') print(renderDiffReport(diff, { redline }));
      else print(formatDiffText(diff, { old: positionals[0]!, new: positionals[1]! }, useColour(io) && values.output === undefined));
    });
    return values['exit-code'] && !diff.identical ? EXIT.problems : EXIT.ok;
  },
};
