import path from 'node:path';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { useColour } from '../io.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { refuseFiles } from '../refuse-files.js';
import { loadChecked } from '../load-checked.js';
import { hasErrors } from '../../load/diagnostic.js';
import { assessImpact } from '../../consolidate/impact.js';
import { countDiagnostics, formatText } from '../format/diagnostics.js';
import { formatImpactText } from '../../render/report/impact/impact-text.js';
import { asOfOption, regimeOption, relativeDiagnostics } from '../consolidation-options.js';
import { OUTPUT_OPTIONS, outputUsage, REDLINE_OPTION, redlineUsage, redlineOption, refuseBinaryToTerminal, writeBinaryOutput, writeOutput } from '../report-output.js';
import { impactReport, renderImpactReport } from '../../render/report/index.js';
import { reportDocx } from '../../render/docx/report/report-docx.js';
import { reportHtml } from '../../render/html/report-html.js';

const FORMATS = ['text', 'json', 'md', 'html', 'docx'] as const;

export const impactCommand: Command = {
  usage: `Usage: bluedraft impact DRAFT.yaml [options]

What a draft would do to the sanctions in force: consolidates the regime as of the draft's
date, applies the draft's effects as if it were adopted that day, and compares the two
measure by measure: terminated, suspended, reinstated, loosened, tightened, amended, added,
unchanged; each with the paragraph that imposed it (or "paragraph not confirmed") and the
draft paragraph acting on it, and a word-level redline where the wording changes. The
draft's clauses with no effect on the regime (calls for talks …) are listed too.

Options:
  --regime ID          the regime to assess against (default: the draft's \`regime\`)
  --as-of DATE         assess as if adopted on this date (default: the draft's latest date:
                       revised, else circulated)
  --format FORMAT      text (default), json, or md: a Markdown report to paste into
                       a cable or read on GitHub, with a timeline of the regime; or
                       docx: the same report as a Word document (give -o FILE.docx);
                       or html: as one self-contained web page that prints cleanly
  --dir DIR            the folder of resolution files (default: ./resolutions)
${outputUsage(23)}
${redlineUsage(23)}
  -h, --help           show this help

Exit codes: 0 assessed, 1 problems found in the files (the assessment is still shown),
2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      regime: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string' },
      dir: { type: 'string' },
      ...OUTPUT_OPTIONS,
      ...REDLINE_OPTION,
    });
    const format = oneOf('format', values.format, FORMATS, 'text');
    const redline = redlineOption(values.redline, format);
    if (format === 'docx') refuseBinaryToTerminal(io, values, 'docx');
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'give the draft file to assess' : `one draft at a time (got ${positionals.length} files)`);
    const file = path.resolve(io.cwd, positionals[0]!);
    const loadedDraft = await loadChecked(file);
    if (!loadedDraft.ok) return refuseFiles(io, loadedDraft.diagnostics, 1);
    const draft = loadedDraft.loaded;
    const id = values.regime ?? draft.document.regime;
    if (id === undefined) throw new UsageError('the draft names no `regime`; give one with --regime');
    const asOf = values['as-of'] === undefined ? undefined : asOfOption(values['as-of']);
    const loaded = await regimeOption(id, values.dir, io.cwd);
    const result = assessImpact(draft, loaded.regime, asOf);
    if (!result.ok) return refuseFiles(io, result.diagnostics, 1);
    const diagnostics = relativeDiagnostics([...loaded.diagnostics, ...result.report.diagnostics], io.cwd);
    if (format === 'docx') {
      await writeBinaryOutput(io, values, reportDocx(impactReport({ ...result.report, diagnostics })));
      return hasErrors(diagnostics) ? EXIT.problems : EXIT.ok;
    }
    await writeOutput(io, values, (print) => {
      if (format === 'json') {
        const { report } = result;
        const states = { before: { ...report.before, diagnostics: relativeDiagnostics(report.before.diagnostics, io.cwd) }, after: { ...report.after, diagnostics: relativeDiagnostics(report.after.diagnostics, io.cwd) } };
        print(`${JSON.stringify({ version: 1, ...report, ...states, diagnostics }, null, 2)}\n`);
      } else if (format === 'md') {
        print(renderImpactReport({ ...result.report, diagnostics }, { redline }));
      } else if (format === 'html') {
        print(reportHtml(impactReport({ ...result.report, diagnostics }, { redline }), draft.document.language));
      } else {
        const colour = useColour(io) && values.output === undefined;
        print(formatImpactText(result.report, colour));
        if (diagnostics.length > 0) print(`\nPROBLEMS IN THE FILES\n${formatText(diagnostics, countDiagnostics(loaded.regime.documents.length + 1, diagnostics), colour)}`);
      }
    });
    return hasErrors(diagnostics) ? EXIT.problems : EXIT.ok;
  },
};
