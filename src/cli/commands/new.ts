import path from 'node:path';
import type { Command } from '../command.js';
import type { Io } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { parseOptions } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { writeOutputFile } from '../write-output.js';
import { schemaPathFrom } from '../../fs/schema-location.js';
import { writeYaml } from '../../import/write-yaml.js';
import { loadDocument, loadText } from '../../load/load-document.js';
import { citationOf } from '../../model/citation.js';
import { newDraft } from '../../edit/new-draft.js';
import { closest } from '../../text/closest.js';
import { checkDocument } from '../../validate/check-document.js';
import { collectFiles } from '../../fs/collect-files.js';
import { Corpus } from '../../validate/corpus.js';
import type { ResolutionDocument } from '../../model/document.js';
import { lookalikeNote } from '../../load/lookalike-characters.js';

const DRAFT_SYMBOL = /^S\/[0-9]{4}\/[1-9][0-9]*(?:\/Rev\.[1-9][0-9]*)?$/;
const REGIME = /^[a-z][a-z0-9-]*$/;

interface Answers {
  regime?: string;
  symbol?: string;
  title?: string;
  sponsors?: string[];
  penholder?: string;
  output?: string;
}

/** The resolutions in the corpus folder, by regime. */
async function corpusRegimes(folder: string): Promise<Map<string, ResolutionDocument[]>> {
  const regimes = new Map<string, ResolutionDocument[]>();
  const { files } = await collectFiles([folder]);
  for (const file of files) {
    const loaded = await loadDocument(file);
    if (!loaded.ok || loaded.loaded.document.kind !== 'resolution' || !loaded.loaded.document.regime) continue;
    const { document } = loaded.loaded;
    regimes.set(document.regime!, [...(regimes.get(document.regime!) ?? []), document]);
  }
  return regimes;
}

async function ask(io: Io, regimes: readonly string[]): Promise<Answers> {
  const prompt = io.prompt!;
  const answer = async (question: string) => (await prompt(question)).trim();
  const known = regimes.length > 0 ? ` (${regimes.join(', ')})` : '';
  const regime = await answer(`Regime${known}: `);
  const symbol = await answer('Document symbol, e.g. S/2025/123 (empty if none yet): ');
  const title = await answer('Short title (empty for none): ');
  const sponsors = (await answer('Sponsors, separated by semicolons (empty if none yet): ')).split(';').map((s) => s.trim()).filter(Boolean);
  const output = await answer('Write to file (empty to print it): ');
  return { regime, symbol, title, sponsors, output };
}

export const newCommand: Command = {
  usage: `Usage: bluedraft new --regime ID [--symbol S/YYYY/NNN] [options]

Starts a draft resolution: the schema line, the draft's metadata, and the paragraphs every
sanctions draft opens and closes with — "Recalling its previous relevant resolutions,
including resolution …" (the regime's resolutions found in the corpus), "Acting under
Chapter VII of the Charter of the United Nations," and "Decides to remain seized of the
matter." The result passes \`bluedraft validate\`. Run in a terminal with no options, it asks.

Options:
  --regime ID          the sanctions regime (haiti, dprk …)
  --symbol S/YYYY/NNN  the draft's document symbol; leave it out while there is none
  --title TEXT         a short title
  --sponsor NAME       a sponsoring delegation (repeat for each)
  --penholder NAME     the penholder
  --corpus DIR         where the regime's resolutions are (default: ./resolutions)
  -o, --output FILE    write the draft to FILE (default: print it)
  --force              overwrite FILE if it exists
  -h, --help           show this help

Exit codes: 0 created, 1 the output file exists (without --force) or cannot be written, or
Ctrl+D at a question, 2 usage error, 130 Ctrl+C at a question.`,

  async run(args, io) {
    const { values } = parseOptions(args, {
      regime: { type: 'string' },
      symbol: { type: 'string' },
      title: { type: 'string' },
      sponsor: { type: 'string', multiple: true },
      penholder: { type: 'string' },
      corpus: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
    });
    const regimes = await corpusRegimes(path.resolve(io.cwd, values.corpus ?? 'resolutions'));
    const interactive = args.length === 0 && io.isTTY && io.prompt !== undefined;
    const given: Answers = interactive ? await ask(io, [...regimes.keys()].sort()) : { ...values, sponsors: values.sponsor ?? [] };

    const regime = given.regime ?? '';
    if (!regime) throw new UsageError('give the regime: --regime haiti');
    if (!REGIME.test(regime)) throw new UsageError(`"${regime}" is not a regime id: lower case letters, digits and hyphens, e.g. southern-rhodesia${lookalikeNote(regime)}`);
    const symbol = given.symbol || undefined;
    if (symbol?.startsWith('S/RES/')) throw new UsageError(`${symbol} is a resolution's symbol; a draft has its own (S/YYYY/NNN), or none until it is issued`);
    if (symbol !== undefined && !DRAFT_SYMBOL.test(symbol)) throw new UsageError(`"${symbol}" is not a draft's document symbol, e.g. S/2017/769`);

    const recalled = (regimes.get(regime) ?? [])
      .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || (a.number ?? 0) - (b.number ?? 0))
      .map((d) => citationOf(d)!);
    if (recalled.length === 0) {
      const suggestion = closest(regime, regimes.keys());
      io.stderr(`bluedraft new: no resolution of the regime "${regime}" in the corpus${suggestion ? `; did you mean "${suggestion}"?` : ''}; the draft recalls none by number\n`);
    }
    const document = newDraft({
      regime,
      recalled,
      ...(symbol ? { symbol } : {}),
      ...(given.title ? { title: given.title } : {}),
      ...(given.sponsors?.length ? { sponsors: given.sponsors } : {}),
      ...(given.penholder ? { penholder: given.penholder } : {}),
    });
    const output = given.output ? path.resolve(io.cwd, given.output) : undefined;
    const yaml = writeYaml(document, schemaPathFrom(output ? path.dirname(output) : io.cwd));
    assertValid(output ?? 'draft.yaml', yaml);

    if (!output) {
      io.stdout(yaml);
      return EXIT.ok;
    }
    const shown = path.relative(io.cwd, output) || output;
    await writeOutputFile(io, output, yaml, { force: values.force ?? false });
    io.stdout(`created ${shown}: a zero draft for the ${regime} regime${recalled.length > 0 ? `, recalling ${recalled.length} resolution${recalled.length === 1 ? '' : 's'}` : ''}\nNext: write its paragraphs, then run \`bluedraft fmt ${shown}\` and \`bluedraft validate ${shown}\`.\n`);
    return EXIT.ok;
  },
};

/** The skeleton is checked like any file before anyone sees it: a fault here is bluedraft's. */
function assertValid(file: string, yaml: string): void {
  const loaded = loadText(file, yaml);
  const problems = loaded.ok ? checkDocument(loaded.loaded, new Corpus([loaded.loaded])).filter((d) => d.severity !== 'info') : loaded.diagnostics;
  if (problems.length > 0) throw new Error(`the new draft does not validate: ${problems.map((d) => d.message).join('; ')}`);
}
