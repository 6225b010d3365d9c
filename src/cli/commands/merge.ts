import path from 'node:path';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { refuseFiles } from '../refuse-files.js';
import { refuseNegotiation } from '../refuse-negotiation.js';
import { loadGivenFiles } from '../load-given-files.js';
import { writeOutputFile } from '../write-output.js';
import type { ResolutionDocument } from '../../model/document.js';
import { schemaPathFrom } from '../../fs/schema-location.js';
import { mergeCopies } from '../../negotiate/merge/merge-copies.js';
import { joinNames } from '../../text/join-names.js';
import { stringifyReport } from '../../render/report/lib/stringify.js';
import { mergeReport } from '../../render/report/merge-report.js';
import { formatMergeText } from '../../render/report/merge/merge-text.js';

const FORMATS = ['text', 'json', 'md'] as const;

/** Each copy's delegation: its --as, or the sponsors the copy names. */
function delegationNames(given: readonly string[], copies: readonly ResolutionDocument[], shown: readonly string[]): string[] {
  if (given.length > 0 && given.length !== copies.length) throw new UsageError(`give one --as per copy, in the order of the copies (got ${given.length} for ${copies.length} copies)`);
  return copies.map((copy, i) => {
    const name = given[i] ?? (copy.sponsors?.length ? joinNames(copy.sponsors) : undefined);
    if (!name) throw new UsageError(`${shown[i]} names no sponsors: say whose copy it is with --as NAME (one per copy, in order)`);
    return name;
  });
}

export const mergeCommand: Command = {
  usage: `Usage: bluedraft merge BASE.yaml COPY.yaml… -o REV.yaml [--as NAME]… [options]

Merges delegations' marked-up copies of a draft into its next revision, paragraph by paragraph
against the base (docs/negotiation.md). A change made by one delegation, or the same change by
several, is taken; different changes to one paragraph become negotiation brackets, one
alternative per delegation, attributed; a paragraph deleted by one and changed by another stays
in brackets saying who would delete it. Paragraphs added, deleted, moved, split or merged are
carried over. The merged file is numbered as \`bluedraft fmt\` would and validates. A summary
follows: conflicts first, what each delegation changed, who touched each paragraph.

Options:
  --as NAME           the delegation whose copy this is, once per copy in order
                      (default: the sponsors the copy names)
  -o, --output FILE   write the merged revision to FILE (default: print it, and the
                      summary to stderr)
  --force             replace FILE if it exists
  --format text|json|md  the summary: readable text (default), the structured result,
                      or a Markdown report
  -h, --help          show this help

Exit codes: 0 merged (whether or not brackets were needed), 1 a file is invalid or the copies
are not versions of the base (another regime, another text), 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, { as: { type: 'string', multiple: true }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, format: { type: 'string' } });
    const format = oneOf('format', values.format, FORMATS, 'text');
    if (positionals.length < 2) throw new UsageError('give the base and at least one delegation’s copy');
    const files = positionals.map((file) => path.resolve(io.cwd, file));
    const { loaded, problems } = await loadGivenFiles(files, io.cwd, 'give resolution files');
    if (problems.length > 0) return refuseFiles(io, problems, files.length);
    const [base, ...copies] = loaded.map((file) => file.document);
    const names = delegationNames(values.as ?? [], copies, positionals.slice(1));
    const output = values.output === undefined ? undefined : path.resolve(io.cwd, values.output);
    let result;
    try {
      result = mergeCopies(base!, copies.map((document, i) => ({ name: names[i]!, document })), { schemaPath: schemaPathFrom(output ? path.dirname(output) : io.cwd), file: output ?? 'merged.yaml' });
    } catch (error) {
      return refuseNegotiation(io, 'merge', error, '; nothing was written');
    }
    const shown = { base: positionals[0]!, output: values.output ?? 'standard output' };
    if (output) {
      await writeOutputFile(io, output, result.yaml, { force: values.force ?? false });
    } else io.stdout(result.yaml);
    const { yaml: _yaml, ...data } = result;
    void _yaml;
    const summary = format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : format === 'md' ? stringifyReport(mergeReport(result, shown)) : formatMergeText(result, shown);
    if (output) io.stdout(summary);
    else io.stderr(summary);
    return EXIT.ok;
  },
};
