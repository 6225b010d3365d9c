import path from 'node:path';
import { stat } from 'node:fs/promises';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { useColour } from '../io.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { refuseFiles } from '../refuse-files.js';
import { refuseNegotiation } from '../refuse-negotiation.js';
import { loadChecked } from '../load-checked.js';
import { OUTPUT_OPTIONS, outputUsage, REDLINE_OPTION, redlineOption, redlineUsage, writeOutput } from '../report-output.js';
import type { Diagnostic } from '../../load/diagnostic.js';
import { orderByDate } from '../../negotiate/history/order-revisions.js';
import { traceHistory, type Revision } from '../../negotiate/history/trace-history.js';
import { historyReport } from '../../render/report/history-report.js';
import { formatHistoryText } from '../../render/report/history/history-text.js';
import { stringifyReport } from '../../render/report/lib/stringify.js';
import { collectFiles } from '../../fs/collect-files.js';

const FORMATS = ['text', 'json', 'md'] as const;

async function isFolder(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

export const historyCommand: Command = {
  usage: `Usage: bluedraft history REV1.yaml REV2.yaml … REVn.yaml [options]
       bluedraft history FOLDER [options]

Follows a text through its revisions (docs/negotiation.md), oldest first: for each paragraph of
the last revision, the revision where it appeared, each later rewording with its redline, where
it moved, when its negotiation brackets were opened and resolved and by whom; which revision each
word of the final text came from; and the paragraphs dropped on the way, with the revision that
dropped them. Files are taken in the order given; the files of a FOLDER in the order of their
dates (dates.revised, circulated …).

Options:
  --format text|json  output: readable text, coloured in a terminal (default), or the
                      structured result
  --format md         a Markdown report: each paragraph's history, its final wording
                      with each run of words marked with its revision
${outputUsage(22)}
${redlineUsage(22)}
  -h, --help          show this help

Exit codes: 0 traced, 1 a file is invalid, a folder's revision has no date, or the files are
not revisions of one text (another regime, another resolution), 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, { format: { type: 'string' }, ...OUTPUT_OPTIONS, ...REDLINE_OPTION });
    const format = oneOf('format', values.format, FORMATS, 'text');
    const redline = redlineOption(values.redline, format);
    if (positionals.length === 0) throw new UsageError('give the revisions, oldest first, or a folder of them');
    const given = positionals.map((file) => path.resolve(io.cwd, file));
    const folder = given.length === 1 && (await isFolder(given[0]!));
    const found = await collectFiles(given);
    const problems: Diagnostic[] = [...found.diagnostics];
    const revisions: Revision[] = [];
    // collectFiles sorts; named files are revisions in the order given.
    const files = folder ? found.files : [...found.files].sort((a, b) => given.indexOf(a) - given.indexOf(b));
    for (const file of files) {
      const result = await loadChecked(file);
      if (result.ok) revisions.push({ name: path.relative(io.cwd, file) || file, document: result.loaded.document });
      else problems.push(...result.diagnostics);
    }
    if (problems.length > 0) return refuseFiles(io, problems, found.files.length);
    if (!folder && found.files.length !== given.length) throw new UsageError('give revision files, or one folder of them');
    let history;
    try {
      history = traceHistory(folder ? orderByDate(revisions) : revisions);
    } catch (error) {
      return refuseNegotiation(io, 'history', error);
    }
    await writeOutput(io, values, (print) => {
      if (format === 'json') print(`${JSON.stringify(history, null, 2)}\n`);
      else if (format === 'md') print(stringifyReport(historyReport(history, { redline })));
      else print(formatHistoryText(history, useColour(io) && values.output === undefined));
    });
    return EXIT.ok;
  },
};
