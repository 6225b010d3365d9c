import type { Diagnostic } from '../load/diagnostic.js';
import { loadText } from '../load/load-document.js';
import type { Locator } from '../load/locate.js';
import type { ResolutionDocument } from '../model/document.js';
import { allClauseIds } from '../model/paragraph-path.js';
import { checkDocumentAlone } from '../validate/check-document.js';
import { SchemaTrust } from '../validate/schema-trust.js';

/** Where the written file came from: the input's name, and the input line each clause's words start on. */
export interface WrittenFrom {
  input: string;
  clauseLines: ReadonlyMap<string, number>;
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
    const line = id === undefined ? undefined : from.clauseLines.get(id);
    if (line === undefined) return d;
    const where = `the clause \`${id}\` comes from ${from.input}:${line}`;
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
