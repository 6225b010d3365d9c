import path from 'node:path';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { useColour, type Io } from '../io.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { refuseFiles } from '../refuse-files.js';
import { refuseNegotiation } from '../refuse-negotiation.js';
import { loadGivenFiles } from '../load-given-files.js';
import { asOfOption, regimeOption, relativeDiagnostics } from '../consolidation-options.js';
import { hasErrors } from '../../load/diagnostic.js';
import type { LoadedDocument } from '../../load/load-document.js';
import { diffResolutions } from '../../diff/diff-resolutions.js';
import { countDiagnostics, formatText } from '../format/diagnostics.js';
import { formatDiffText } from '../../render/report/diff/diff-text.js';
import { OUTPUT_OPTIONS, outputUsage, REDLINE_OPTION, redlineUsage, redlineOption, refuseBinaryToTerminal, writeBinaryOutput, writeOutput } from '../report-output.js';
import { comparisonDocx } from '../../render/docx/diff/comparison-docx.js';
import { renderDiffReport } from '../../render/report/index.js';
import { diffReport } from '../../render/report/diff-report.js';
import { reportHtml } from '../../render/html/report-html.js';
import { compareDrafts } from '../../negotiate/compare/compare-drafts.js';
import { compareReport } from '../../render/report/compare-report.js';
import { stringifyReport } from '../../render/report/lib/stringify.js';
import { formatCompareText } from '../../render/report/merge/compare-text.js';
import { compareImpacts } from '../../negotiate/compare/compare-impacts.js';
import { compareImpactsReport } from '../../render/report/compare-impacts-report.js';
import { formatCompareImpactsText } from '../../render/report/merge/compare-impacts-text.js';
import type { RedlineStyle } from '../../render/report/lib/redline.js';

const FORMATS = ['text', 'json', 'md', 'html', 'docx'] as const;

export const diffCommand: Command = {
  usage: `Usage: bluedraft diff OLD.yaml NEW.yaml [options]
       bluedraft diff --base BASE.yaml A.yaml B.yaml [options]
       bluedraft diff --regime ID A.yaml B.yaml [--as-of DATE] [--dir DIR] [options]

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
  --format html       the same report as one self-contained web page (nothing loaded
                      from anywhere) that prints as a clean redline (docs/html.md)
  --format docx       a Word document (give -o FILE.docx): NEW against OLD with real
                      tracked changes, after a cover with the summary; accepting all
                      changes gives NEW, rejecting all gives OLD (docs/word-output.md)
  --author NAME       with --format docx: the author of the tracked changes
                      (default: bluedraft)
  --exit-code         exit 1 when the documents differ (as \`git diff --exit-code\`)
  --base BASE.yaml    compare two competing drafts A and B against their common base
                      (docs/negotiation.md): per paragraph, agreed, only in A, only in B
                      or in conflict; per measure, what each draft would do to it
  --regime ID         compare two competing drafts A and B against the regime in force
                      (as \`impact\` assesses one): per measure, what each would do to
                      it, agreed, only in A, only in B or in conflict; and what each adds
  --as-of DATE        with --regime: assess both as if adopted on this date (default:
                      the later of the drafts' dates)
  --dir DIR           with --regime: the folder of resolution files (default: ./resolutions)
${outputUsage(22)}
${redlineUsage(22)}
  -h, --help          show this help

Exit codes: 0 compared (whether or not they differ, unless --exit-code), 1 the documents
differ (with --exit-code), a file is invalid, or the drafts cannot be compared (another
regime, no date), 2 usage error (an unknown regime, as for \`impact\`).`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, { format: { type: 'string' }, 'exit-code': { type: 'boolean' }, base: { type: 'string' }, regime: { type: 'string' }, 'as-of': { type: 'string' }, dir: { type: 'string' }, author: { type: 'string' }, ...OUTPUT_OPTIONS, ...REDLINE_OPTION });
    const format = oneOf('format', values.format, FORMATS, 'text');
    const redline = redlineOption(values.redline, format);
    if (values.author !== undefined && format !== 'docx') throw new UsageError('--author names the author of the tracked changes in Word: add --format docx');
    if (format === 'docx' && (values.base !== undefined || values.regime !== undefined)) throw new UsageError('--format docx shows one text against another: it does not go with --base or --regime');
    if (format === 'docx') refuseBinaryToTerminal(io, values, 'docx');
    if (values.base !== undefined && values.regime !== undefined) throw new UsageError('give --base or --regime, not both: drafts are compared against a common base or against the regime in force');
    for (const option of ['as-of', 'dir'] as const) if (values[option] !== undefined && values.regime === undefined) throw new UsageError(`--${option} goes with --regime`);
    const asOf = values['as-of'] === undefined ? undefined : asOfOption(values['as-of']);
    if (positionals.length !== 2) throw new UsageError(`give ${values.base === undefined ? (values.regime === undefined ? 'the old and the new version' : 'the two drafts to compare against the regime') : 'the two drafts to compare against the base'} (got ${positionals.length} ${positionals.length === 1 ? 'file' : 'files'})`);
    const files = [...(values.base === undefined ? [] : [values.base]), ...positionals].map((file) => path.resolve(io.cwd, file));
    const { loaded: loadedFiles, problems } = await loadGivenFiles(files, io.cwd, 'give two resolution files');
    const documents = loadedFiles.map((file) => file.document);
    if (problems.length > 0) return refuseFiles(io, problems, files.length);
    if (values.regime !== undefined) return diffAgainstRegime({ ...values, regime: values.regime, asOf }, [{ name: positionals[0]!, draft: loadedFiles[0]! }, { name: positionals[1]!, draft: loadedFiles[1]! }], io, format, redline);
    if (values.base !== undefined) {
      let comparison;
      try {
        comparison = compareDrafts(documents[0]!, { name: positionals[0]!, document: documents[1]! }, { name: positionals[1]!, document: documents[2]! });
      } catch (error) {
        return refuseNegotiation(io, 'diff', error);
      }
      await writeOutput(io, values, (print) => print(format === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : format === 'md' ? stringifyReport(compareReport(comparison, { redline })) : format === 'html' ? reportHtml(compareReport(comparison, { redline }), documents[2]!.language) : formatCompareText(comparison, useColour(io) && values.output === undefined)));
      return values['exit-code'] && comparison.paragraphs.length > 0 ? EXIT.problems : EXIT.ok;
    }
    const diff = diffResolutions(documents[0]!, documents[1]!);
    if (format === 'docx') {
      await writeBinaryOutput(io, values, comparisonDocx(documents[0]!, documents[1]!, diff, { author: values.author ?? 'bluedraft' }));
      return values['exit-code'] && !diff.identical ? EXIT.problems : EXIT.ok;
    }
    await writeOutput(io, values, (print) => {
      if (format === 'json') print(`${JSON.stringify(diff, null, 2)}\n`);
      else if (format === 'md') print(renderDiffReport(diff, { redline }));
      else if (format === 'html') print(reportHtml(diffReport(diff, { redline }), diff.new.language));
      else print(formatDiffText(diff, { old: positionals[0]!, new: positionals[1]! }, useColour(io) && values.output === undefined));
    });
    return values['exit-code'] && !diff.identical ? EXIT.problems : EXIT.ok;
  },
};

/** `diff --regime ID A B`: the two drafts' impacts on the regime in force, side by side (docs/negotiation.md). */
async function diffAgainstRegime(
  values: { regime: string; asOf: ReturnType<typeof asOfOption> | undefined; dir?: string; output?: string; force?: boolean; 'exit-code'?: boolean },
  drafts: [{ name: string; draft: LoadedDocument }, { name: string; draft: LoadedDocument }],
  io: Io,
  format: (typeof FORMATS)[number],
  redline: RedlineStyle,
): Promise<number> {
  const loaded = await regimeOption(values.regime, values.dir, io.cwd);
  let result;
  try {
    result = compareImpacts(loaded.regime, drafts[0], drafts[1], values.asOf);
  } catch (error) {
    return refuseNegotiation(io, 'diff', error);
  }
  if (!result.ok) return refuseFiles(io, result.diagnostics, 2);
  const diagnostics = relativeDiagnostics([...loaded.diagnostics, ...result.comparison.diagnostics], io.cwd);
  const comparison = { ...result.comparison, diagnostics };
  await writeOutput(io, values, (print) => {
    if (format === 'json') print(`${JSON.stringify({ version: 1, ...comparison }, null, 2)}\n`);
    else if (format === 'md') print(stringifyReport(compareImpactsReport(comparison, { redline })));
    else if (format === 'html') print(reportHtml(compareImpactsReport(comparison, { redline }), drafts[1].draft.document.language));
    else {
      const colour = useColour(io) && values.output === undefined;
      print(formatCompareImpactsText(comparison, colour));
      if (diagnostics.length > 0) print(`\nPROBLEMS IN THE FILES\n${formatText(diagnostics, countDiagnostics(loaded.regime.documents.length + 2, diagnostics), colour)}`);
    }
  });
  return hasErrors(diagnostics) || (values['exit-code'] && comparison.measures.length > 0) ? EXIT.problems : EXIT.ok;
}
