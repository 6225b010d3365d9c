import type { Diagnostic } from '../load/diagnostic.js';
import { loadText } from '../load/load-document.js';
import type { Locator } from '../load/locate.js';
import type { ResolutionDocument } from '../model/document.js';
import { allClauseIds } from '../model/paragraph-path.js';
import { checkDocumentAlone } from '../validate/check-document.js';
import { SchemaTrust } from '../validate/schema-trust.js';

/**
 * Where the written file came from: the input's name, and the input line each clause's words
 * start on — or, for an input without lines (Word, PDF), that place in words.
 */
export interface WrittenFrom {
  input: string;
  clauseLines: ReadonlyMap<string, number>;
  clausePlaces?: ReadonlyMap<string, string>;
}

/** Where the clause `id` came from in the input, as a person finds it there. */
function inputPlace(id: string, from: WrittenFrom): string | undefined {
  const place = from.clausePlaces?.get(id);
  if (place !== undefined) return `${from.input} (${place})`;
  const line = from.clauseLines.get(id);
  return line === undefined ? undefined : `${from.input}:${line}`;
}

/** The clause a line of the written YAML falls in: the last clause that starts at or before it. */
function clauseAt(line: number, starts: ReadonlyArray<{ id: string; line: number }>): string | undefined {
  let found: string | undefined;
  for (const start of starts) if (start.line <= line) found = start.id;
  return found;
}

/** Each problem's hint also names the input line its clause came from, where that is known. */
function withInputLines(found: Diagnostic[], document: ResolutionDocument, locate: Locator, from: WrittenFrom): Diagnostic[] {
  const starts = [...allClauseIds(document)].map(({ id, at }) => ({ id, line: locate.value(at).line })).sort((a, b) => a.line - b.line);
  return found.map((d) => {
    const id = clauseAt(d.line, starts);
    const place = id === undefined ? undefined : inputPlace(id, from);
    if (place === undefined) return d;
    const where = `the clause \`${id}\` comes from ${place}`;
    return { ...d, hint: d.hint ? `${d.hint} (${where})` : where };
  });
}

/**
 * The errors `bluedraft validate` would find in a file import wrote, checked on its own (the
 * schema, then its meaning), each located at its line:col in the written YAML under `file`, and,
 * given where it came from, naming the input line of the clause it is in.
 */
export function checkWritten(file: string, yaml: string, from?: WrittenFrom): Diagnostic[] {
  const loaded = loadText(file, yaml);
  const found = (loaded.ok ? checkDocumentAlone(loaded.loaded, SchemaTrust.WHOLE) : loaded.diagnostics).filter((d) => d.severity === 'error');
  if (!from || !loaded.ok || found.length === 0) return found;
  return withInputLines(found, loaded.loaded.document, loaded.loaded.locate, from);
}
