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
import { compareDrafts } from '../../negotiate/compare/compare-drafts.js';
import { NegotiationRefusal } from '../../negotiate/refusal.js';
import { compareReport } from '../../render/report/compare-report.js';
import { stringifyReport } from '../../render/report/lib/stringify.js';
import { formatCompareText } from '../../render/report/merge/compare-text.js';

const FORMATS = ['text', 'json', 'md'] as const;

export const diffCommand: Command = {
  usage: `Usage: bluedraft diff OLD.yaml NEW.yaml [options]
       bluedraft diff --base BASE.yaml A.yaml B.yaml [options]

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
  --base BASE.yaml    compare two competing drafts A and B against their common base
                      (docs/negotiation.md): per paragraph, agreed, only in A, only in B
                      or in conflict; per measure, what each draft would do to it
${outputUsage(22)}
${redlineUsage(22)}
  -h, --help          show this help

Exit codes: 0 compared (whether or not they differ, unless --exit-code), 1 the documents
differ (with --exit-code) or a file is invalid, 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, { format: { type: 'string' }, 'exit-code': { type: 'boolean' }, base: { type: 'string' }, ...OUTPUT_OPTIONS, ...REDLINE_OPTION });
    const format = oneOf('format', values.format, FORMATS, 'text');
    const redline = redlineOption(values.redline, format);
    if (positionals.length !== 2) throw new UsageError(`give ${values.base === undefined ? 'the old and the new version' : 'the two drafts to compare against the base'} (got ${positionals.length} ${positionals.length === 1 ? 'file' : 'files'})`);
    const files = [...(values.base === undefined ? [] : [values.base]), ...positionals].map((file) => path.resolve(io.cwd, file));
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
    if (values.base !== undefined) {
      let comparison;
      try {
        comparison = compareDrafts(documents[0]!, { name: positionals[0]!, document: documents[1]! }, { name: positionals[1]!, document: documents[2]! });
      } catch (error) {
        if (!(error instanceof NegotiationRefusal)) throw error;
        io.stderr(`bluedraft diff: ${error.message}\n`);
        return EXIT.problems;
      }
      await writeOutput(io, values, (print) => print(format === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : format === 'md' ? stringifyReport(compareReport(comparison, { redline })) : formatCompareText(comparison, useColour(io) && values.output === undefined)));
      return values['exit-code'] && comparison.paragraphs.length > 0 ? EXIT.problems : EXIT.ok;
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
