import { diagnostic, type Diagnostic } from './diagnostic.js';
import type { DataPath, Locator, Position } from './locate.js';
import { textLocator } from './locate-in-text.js';
import { describeLookalike, lookalikes, quoted, withoutLookalikes, type Lookalike } from './lookalike-characters.js';

/**
 * Properties whose values are names matched exactly, which the schema holds to a form or a list
 * (ids, the regime, citations, dates, the format's vocabulary): every key with a `pattern` or an
 * `enum` in schemas/resolution.schema.json, and the measure codes.
 */
const NAME_KEYS = new Set([
  'action', 'adopted', 'circulated', 'clauses', 'completeness', 'date', 'direction', 'from', 'id', 'kind', 'language', 'measure', 'measures',
  'meetingStatus', 'number', 'numberStatus', 'of', 'paragraphs', 'part', 'rank', 'regime', 'resolution', 'resolutions', 'revised', 'state',
  'status', 'symbol', 'time', 'until', 'voted',
]);

/** The schema's findings that a lookalike in the same value explains: said instead by the lookalike's own diagnostic. */
const EXPLAINED = new Set(['invalid-format', 'invalid-value', 'unknown-measure', 'unknown-property']);

const LOOKALIKE = 'lookalike-character';

/** "contains U+0430 CYRILLIC SMALL LETTER A, which looks like the Latin "a"" (and the others, each once). */
function contains(found: readonly Lookalike[]): string {
  const names = [...new Map(found.map((f) => [f.name, describeLookalike(f)])).values()];
  return `contains ${names.join('; and ')}`;
}

function fix(value: string, found: readonly Lookalike[]): string {
  const meant = withoutLookalikes(value);
  const invisibleOnly = found.every((f) => f.looksLike === '');
  return `${invisibleOnly ? 'delete the invisible character' : 'retype it in plain ASCII'}: ${quoted(meant)} (an editor that shows invisible characters, or \`cat -A\`, reveals it)`;
}

/** The position of the character at `offset` of the key at `path`: keys are written on one line, plain or quoted. */
function inKey(text: string, locate: Locator, path: DataPath, offset: number): Position {
  const key = locate.key(path);
  const lineStart = text.split('\n', key.line - 1).reduce((sum, line) => sum + line.length + 1, 0);
  const opening = text[lineStart + key.col - 1];
  return { line: key.line, col: key.col + offset + (opening === '"' || opening === "'" ? 1 : 0) };
}

/**
 * Lookalike and invisible characters in the keys of `data` and in the values of its name
 * properties (`NAME_KEYS`), each an error located at the character itself that names it
 * (U+0430 CYRILLIC SMALL LETTER A) and gives the name as meant. The schema refuses such a value
 * as "not in the expected form" without saying why; those of its findings are returned in
 * `explained`, for the caller to drop. Iterative; most files hold no character outside ASCII in
 * a name, and cost one test per value.
 */
export function nameLookalikes(file: string, text: string, data: unknown, locate: Locator): { diagnostics: Diagnostic[]; explained: (d: Diagnostic) => boolean } {
  const diagnostics: Diagnostic[] = [];
  const places = new Set<string>();
  const stack: Array<[unknown, DataPath, boolean]> = [[data, [], false]];
  while (stack.length > 0) {
    const [value, path, named] = stack.pop()!;
    if (typeof value === 'string' && named) {
      const found = lookalikes(value);
      if (found.length === 0) continue;
      const what = typeof path.at(-1) === 'number' ? `the ${String(path.at(-2))} item ${quoted(value)}` : `the ${String(path.at(-1))} ${quoted(value)}`;
      diagnostics.push(diagnostic(file, textLocator(text, locate, path)(found[0]!.offset), 'error', LOOKALIKE, `${what} ${contains(found)}`, fix(value, found)));
      const start = locate.value(path);
      places.add(`${start.line}:${start.col}`);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push([item, [...path, index], named]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const found = lookalikes(key);
        if (found.length > 0) {
          diagnostics.push(diagnostic(file, inKey(text, locate, [...path, key], found[0]!.offset), 'error', LOOKALIKE, `the key ${quoted(key)} ${contains(found)}`, fix(key, found)));
          const start = locate.key([...path, key]);
          places.add(`${start.line}:${start.col}`);
        }
        stack.push([item, [...path, key], NAME_KEYS.has(key)]);
      }
    }
  }
  return { diagnostics, explained: (d) => EXPLAINED.has(d.code) && places.has(`${d.line}:${d.col}`) };
}
