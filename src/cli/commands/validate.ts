import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { useColour } from '../io.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { compareDiagnostics, hasErrors } from '../../load/diagnostic.js';
import { validateFiles } from '../../validate/validate-files.js';
import { countDiagnostics, formatGithub, formatJson, formatText } from '../format/diagnostics.js';

const FORMATS = ['text', 'json', 'github'] as const;

export const validateCommand: Command = {
  usage: `Usage: bluedraft validate [paths…] [options]

Checks resolution files (and folders of them, recursively) against the format: the JSON
Schema, then numbering, ids, dates, symbols and the paragraphs that effects point to.
With no paths, checks ./resolutions. An .xml file named here is checked as Akoma Ntoso
against the official Akoma Ntoso 3.0 schema (with xmllint, from libxml2-utils).

Options:
  --format text|json|github  output: one line per problem (default), JSON, or
                             GitHub Actions annotations
  --strict                   treat warnings as errors (exit 1)
  --corpus DIR               resolutions that effects may refer to (default: ./resolutions)
  -h, --help                 show this help

Exit codes: 0 no errors, 1 errors found, 2 usage error.`,

  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      format: { type: 'string' },
      strict: { type: 'boolean' },
      corpus: { type: 'string', multiple: true },
    });
    const format = oneOf('format', values.format, FORMATS, 'text');
    const defaultCorpus = path.join(io.cwd, 'resolutions');
    const paths = positionals.length > 0 ? positionals : [defaultCorpus];
    if (positionals.length === 0 && !existsSync(defaultCorpus)) throw new UsageError('no paths given, and there is no ./resolutions folder here');
    const corpus = values.corpus ?? (existsSync(defaultCorpus) ? [defaultCorpus] : []);
    const resolved = paths.map((p) => path.resolve(io.cwd, p));
    // An .xml file named on its own is Akoma Ntoso, checked against its schema (docs/akn.md).
    const xml = resolved.filter((p) => /\.xml$/i.test(p));
    const result = await validateFiles(resolved.filter((p) => !xml.includes(p)), { corpus: corpus.map((c) => path.resolve(io.cwd, c)) });
    if (xml.length > 0) {
      // Loaded only for Akoma Ntoso files: its XML reader is not needed to check YAML ones.
      const { checkXmlFile } = await import('../../validate/xml/check-xml-file.js');
      for (const file of xml) result.diagnostics.push(...(await checkXmlFile(file)));
    }
    result.files.push(...xml);
    const diagnostics = result.diagnostics.sort(compareDiagnostics).map((d) => ({ ...d, file: path.relative(io.cwd, d.file) || d.file }));
    const counts = countDiagnostics(result.files.length, diagnostics);
    if (format === 'json') io.stdout(formatJson(diagnostics, counts));
    else if (format === 'github') io.stdout(formatGithub(diagnostics, counts));
    else io.stdout(formatText(diagnostics, counts, useColour(io)));
    return hasErrors(diagnostics, values.strict ?? false) ? EXIT.problems : EXIT.ok;
  },
};
