import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { useColour } from '../io.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { hasErrors } from '../../load/diagnostic.js';
import { consolidate } from '../../consolidate/consolidate.js';
import { countDiagnostics, formatText } from '../format/diagnostics.js';
import { formatRegimeText } from '../../render/report/regime/regime-text.js';
import { asOfOption, regimeOption, relativeDiagnostics } from '../consolidation-options.js';
import { OUTPUT_OPTIONS, outputUsage, refuseBinaryToTerminal, writeBinaryOutput, writeOutput } from '../report-output.js';
import { regimeReport, renderRegimeReport } from '../../render/report/index.js';
import { reportDocx } from '../../render/docx/report/report-docx.js';
import { reportHtml } from '../../render/html/report-html.js';

const FORMATS = ['text', 'json', 'md', 'html', 'docx'] as const;

export const regimeCommand: Command = {
  usage: `Usage: bluedraft regime ID [options]

Consolidates a sanctions regime (haiti, southern-rhodesia, libya, dprk …): applies every
effect its resolutions declare, in the order they take hold, and lists the measures in force
at a date with their current wording and provenance (which paragraphs imposed, amended,
suspended … them, and when); suspended, terminated and not-yet-in-force measures separately;
its committees; and the clauses that foresee a review. An "unless the Secretary-General
reports …" is read as not met unless the files record it met (then the change is called off);
a change that waits for a later act or finding of the Council ("once the Council agrees …") is
pending, never applied until the files record it met. Calls ("Calls upon", "Requests") are
listed as calls, never as measures (docs/regime.md).

Options:
  --as-of DATE         consolidate as of this date (YYYY-MM-DD: the whole day, UTC; or an
                       ISO date-time with a zone, 1993-10-18T23:59-05:00); default: today
  --format FORMAT      text (default), json, or md: a Markdown report to paste into
                       a cable or read on GitHub, with a timeline of the regime; or
                       docx: the same report as a Word document (give -o FILE.docx);
                       or html: as one self-contained web page that prints cleanly
  --dir DIR            the folder of resolution files (default: ./resolutions)
${outputUsage(23)}
  -h, --help           show this help

Exit codes: 0 consolidated, 1 problems found in the files (the regime is still shown),
2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      'as-of': { type: 'string' },
      format: { type: 'string' },
      dir: { type: 'string' },
      ...OUTPUT_OPTIONS,
    });
    const format = oneOf('format', values.format, FORMATS, 'text');
    if (format === 'docx') refuseBinaryToTerminal(io, values, 'docx');
    const [id, ...extra] = positionals;
    if (id === undefined) throw new UsageError('give the regime id, e.g. `bluedraft regime haiti`');
    if (extra.length > 0) throw new UsageError(`one regime at a time (got also ${extra.join(', ')})`);
    const asOf = asOfOption(values['as-of']);
    const loaded = await regimeOption(id, values.dir, io.cwd);
    const state = consolidate(loaded.regime, asOf);
    const diagnostics = relativeDiagnostics([...loaded.diagnostics, ...state.diagnostics], io.cwd);
    if (format === 'docx') {
      await writeBinaryOutput(io, values, reportDocx(regimeReport({ ...state, diagnostics })));
      return hasErrors(diagnostics) ? EXIT.problems : EXIT.ok;
    }
    await writeOutput(io, values, (print) => {
      if (format === 'json') {
        print(`${JSON.stringify({ version: 1, ...state, diagnostics }, null, 2)}\n`);
      } else if (format === 'md') {
        print(renderRegimeReport({ ...state, diagnostics }));
      } else if (format === 'html') {
        print(reportHtml(regimeReport({ ...state, diagnostics }), loaded.regime.documents[0]?.loaded.document.language ?? 'en'));
      } else {
        print(formatRegimeText(state));
        if (diagnostics.length > 0) print(`\nPROBLEMS IN THE FILES\n${formatText(diagnostics, countDiagnostics(loaded.regime.documents.length, diagnostics), useColour(io) && values.output === undefined)}`);
      }
    });
    return hasErrors(diagnostics) ? EXIT.problems : EXIT.ok;
  },
};
