import path from 'node:path';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { useColour } from '../io.js';
import { parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { countDiagnostics, formatText } from '../format/diagnostics.js';
import { hasErrors, type Diagnostic } from '../../load/diagnostic.js';
import { collectFiles } from '../../fs/collect-files.js';
import { formatFile, type FormatStatus } from '../../edit/format-file.js';

const HEADLINE: Record<FormatStatus, string | undefined> = {
  formatted: 'formatted',
  'would-change': 'would change',
  unchanged: undefined,
  'not-formatted': undefined,
};

export const fmtCommand: Command = {
  usage: `Usage: bluedraft fmt FILE|DIR… [--check]

Tidies resolution files after paragraphs were inserted, deleted or moved by hand:
  - in a complete draft, renumbers operative paragraphs 1, 2, 3 … and subparagraphs
    (a), (b) … / (i), (ii) … in the order they now stand, and updates the draft's own
    citations ("paragraph 2 above", "paragraphs 5 to 9 of the present resolution") and
    its references and effect targets to the new numbers;
  - gives each new clause an id (op_4, op_4__b, pp_3); existing ids never change;
  - removes a byte-order mark and converts CRLF line endings to LF.
Which paragraph a citation meant is read from the numbers as they stand before fmt runs,
so run fmt right after moving paragraphs. A citation that no longer points anywhere is
reported, never guessed. Comments, key order, quoting and line wrapping are kept; only the
characters that change are rewritten. An adopted resolution's text and numbering are
official: fmt reports numbering problems there and changes nothing.

Options:
  --check     change nothing; list the files fmt would change and exit 1 if any (for CI)
  -h, --help  show this help

Exit codes: 0 done (or, with --check, nothing to change), 1 a file would change (--check)
or a problem was found, 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, { check: { type: 'boolean' } });
    if (positionals.length === 0) throw new UsageError('give the files or folders to format');
    const check = values.check ?? false;
    const collected = await collectFiles(positionals.map((p) => path.resolve(io.cwd, p)));
    const relative = (file: string) => path.relative(io.cwd, file) || file;
    const diagnostics: Diagnostic[] = [...collected.diagnostics];
    const tally: Record<FormatStatus, number> = { formatted: 0, 'would-change': 0, unchanged: 0, 'not-formatted': 0 };
    for (const file of collected.files) {
      const result = await formatFile(file, { check });
      tally[result.status]++;
      diagnostics.push(...result.diagnostics);
      const headline = HEADLINE[result.status];
      if (headline) io.stdout(`${headline} ${relative(file)}\n${result.changes.map((c) => `  ${c}\n`).join('')}`);
    }
    const located = diagnostics.map((d) => ({ ...d, file: relative(d.file) }));
    if (located.length > 0) io.stdout(formatText(located, countDiagnostics(collected.files.length, located), useColour(io)));
    const summary = check
      ? `${tally['would-change']} would change, ${tally.unchanged} already formatted${tally['not-formatted'] ? `, ${tally['not-formatted']} could not be formatted` : ''}`
      : `${tally.formatted} formatted, ${tally.unchanged} unchanged${tally['not-formatted'] ? `, ${tally['not-formatted']} not formatted` : ''}`;
    io.stdout(`fmt: ${summary}\n`);
    return hasErrors(located) || (check && tally['would-change'] > 0) ? EXIT.problems : EXIT.ok;
  },
};
