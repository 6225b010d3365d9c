import { readSource } from './read-source.js';
import { yamlLibrary } from './yaml-library.js';
import { parseDocuments, parseYaml } from './parse-yaml.js';
import { parseWithJsYaml } from './parse-with-js-yaml.js';
import { Locator } from './locate.js';
import { JsYamlPositions } from './js-yaml-positions.js';
import { checkSchema } from './check-schema.js';
import type { Diagnostic } from './diagnostic.js';
import { nameLookalikes } from './name-lookalikes.js';
import type { ResolutionDocument } from '../model/document.js';

/** A file that parsed and matched the schema: its data, source text, and a way to locate nodes. */
export interface LoadedDocument {
  file: string;
  text: string;
  document: ResolutionDocument;
  locate: Locator;
}

/** A file that parsed but did not match the schema: its data as read, for checks of the part the schema accepts. */
export interface RefusedDocument {
  file: string;
  text: string;
  data: unknown;
  locate: Locator;
}

export type LoadResult = { ok: true; loaded: LoadedDocument } | { ok: false; diagnostics: Diagnostic[]; refused?: RefusedDocument };

/**
 * A plain file's locator reads positions only when something asks where a value is: most files
 * are never asked, and building `yaml`'s tree is most of the cost of loading (see
 * `parseWithJsYaml`). Asked, it reads them the cheaper way (`JsYamlPositions`) where it can.
 */
function deferredLocator(text: string): Locator {
  return new Locator(
    () => {
      const lineCounter = new (yamlLibrary().LineCounter)();
      return { document: parseDocuments(text, lineCounter)[0]!, lineCounter };
    },
    () => JsYamlPositions.read(text),
  );
}

/**
 * The schema's findings, with a lookalike or invisible character in a name (an id, the regime,
 * a citation) named where it is, instead of the schema's "not in the expected form" there. Only
 * a file the schema refused can hold one: every name has a form or a list of values.
 */
function withLookalikesNamed(file: string, text: string, data: unknown, locate: Locator, problems: Diagnostic[]): Diagnostic[] {
  const named = nameLookalikes(file, text, data, locate);
  return named.diagnostics.length === 0 ? problems : [...named.diagnostics, ...problems.filter((d) => !named.explained(d))];
}

/** Parses YAML text and checks it against the schema. */
export function loadText(file: string, text: string): LoadResult {
  const plain = parseWithJsYaml(text);
  if (plain) {
    const locate = deferredLocator(text);
    const problems = checkSchema(file, plain, locate);
    if (problems.length > 0) return { ok: false, diagnostics: withLookalikesNamed(file, text, plain, locate, problems), refused: { file, text, data: plain, locate } };
    return { ok: true, loaded: { file, text, document: plain as unknown as ResolutionDocument, locate } };
  }
  const parse = parseYaml(file, text);
  if (!parse.ok) return parse;
  const { document, lineCounter, data } = parse.parsed;
  const locate = new Locator(document, lineCounter);
  const diagnostics = checkSchema(file, data, locate);
  if (diagnostics.length > 0) return { ok: false, diagnostics: withLookalikesNamed(file, text, data, locate, diagnostics), refused: { file, text, data, locate } };
  return { ok: true, loaded: { file, text, document: data as ResolutionDocument, locate } };
}

/**
 * Reads, parses and schema-checks one resolution file. Never throws for bad content. A file
 * refused only for what `bluedraft fmt` mends (a byte-order mark, CRLF line endings) is read
 * mended, so that its other problems are reported with these, not hidden behind them.
 */
export async function loadDocument(file: string): Promise<LoadResult> {
  const source = await readSource(file);
  if (source.ok) return loadText(file, source.text);
  if (!source.mendable) return { ok: false, diagnostics: [source.diagnostic] };
  const { text, diagnostics } = source.mendable;
  const result = loadText(file, text);
  if (!result.ok) return { ...result, diagnostics: [...diagnostics, ...result.diagnostics] };
  const { document, locate } = result.loaded;
  return { ok: false, diagnostics, refused: { file, text, data: document, locate } };
}
