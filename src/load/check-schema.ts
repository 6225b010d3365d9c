import type { ErrorObject } from 'ajv';
import validateResolution from './generated/validate-resolution.js';
import { diagnostic, type Diagnostic } from './diagnostic.js';
import { pointerPath } from './pointer-path.js';
import type { DataPath, Locator } from './locate.js';
import { closest } from '../text/closest.js';
import { COMMODITIES, COMMODITY_MEASURES, MEASURE_KINDS } from '../model/measures.js';

const MEASURE_CODES = [...MEASURE_KINDS, ...COMMODITY_MEASURES.flatMap((kind) => COMMODITIES.map((c) => `${kind}:${c}`))];

const CLAUSE_LISTS: Record<string, string> = {
  preamble: 'preambular paragraph',
  operative: 'operative paragraph',
  subparagraphs: 'subparagraph',
  annexes: 'annex',
  items: 'annex entry',
  effects: 'effect',
};

/** "operative paragraph 3 › effect 1 › target": names a person can find in the file. */
function describePath(path: DataPath, data: unknown): string {
  if (path.length === 0) return 'the document';
  const parts: string[] = [];
  let node: unknown = data;
  for (const [i, step] of path.entries()) {
    const parent = path[i - 1];
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[step] : undefined;
    if (typeof step === 'number' && typeof parent === 'string' && CLAUSE_LISTS[parent]) {
      const record = (node ?? {}) as { number?: unknown; id?: unknown };
      const label = parent === 'subparagraphs' && typeof record.number === 'string' ? `(${record.number})` : typeof record.number === 'number' ? String(record.number) : typeof record.id === 'string' ? record.id : `#${step + 1}`;
      parts[parts.length - 1] = `${CLAUSE_LISTS[parent]} ${label}`;
    } else if (typeof step === 'number') {
      parts[parts.length - 1] = `${parts[parts.length - 1]} item ${step + 1}`;
    } else {
      parts.push(step);
    }
  }
  return parts.join(' › ');
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

/** The branch of a `oneOf` an error belongs to ("0", "1"), or undefined where it is not one of its branches. */
function branchOf(oneOf: ErrorObject, error: ErrorObject): string | undefined {
  const prefix = `${oneOf.schemaPath}/`;
  return error.schemaPath.startsWith(prefix) && error.instancePath.startsWith(oneOf.instancePath) ? error.schemaPath.slice(prefix.length).split('/')[0] : undefined;
}

/**
 * The errors of a `oneOf` a person needs: where its branches are told apart by type (a source is
 * text, or a mapping `{ ref, rank }`), only those of the branches of the value's own type. The
 * `oneOf` error itself, and the branches the value is of the wrong type for, say nothing more.
 * Where no branch is of the value's type, every error stays.
 */
function irrelevantBranchErrors(errors: readonly ErrorObject[]): Set<ErrorObject> {
  const dropped = new Set<ErrorObject>();
  for (const oneOf of errors.filter((e) => e.keyword === 'oneOf')) {
    const branches = new Map<string, ErrorObject[]>();
    for (const error of errors) {
      const branch = branchOf(oneOf, error);
      if (branch !== undefined) branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    const wrongType = [...branches.values()].filter((list) => list.some((e) => e.keyword === 'type' && e.instancePath === oneOf.instancePath));
    // Errors inside a referenced definition (`$ref`) do not name their branch: count the branches from the schema.
    const count = Array.isArray(oneOf.schema) ? oneOf.schema.length : branches.size;
    if (wrongType.length === 0 || wrongType.length >= count) continue;
    dropped.add(oneOf);
    for (const list of wrongType) for (const error of list) dropped.add(error);
  }
  return dropped;
}

/**
 * Ajv reports every failed branch of an `anyOf` or `oneOf`; a person needs one message per
 * problem. Branch errors are dropped where the `anyOf` itself is reported, and a `oneOf` keeps
 * only the branches of the value's type (see `irrelevantBranchErrors`).
 */
function collapseBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const irrelevant = irrelevantBranchErrors(errors);
  return errors.filter(
    (e) => !irrelevant.has(e) && (e.keyword === 'anyOf' || !anyOfs.some((a) => a.instancePath === e.instancePath && e.schemaPath.startsWith(`${a.schemaPath}/`))),
  );
}

function toDiagnostic(file: string, error: ErrorObject, locate: Locator, data: unknown): Diagnostic {
  const path = pointerPath(error.instancePath);
  const where = describePath(path, data);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return diagnostic(file, locate.value(path), 'error', 'missing-property', `${where} is missing the required property \`${missing}\``, `add \`${missing}:\` (see docs/format.md)`);
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = closest(extra, known);
      return diagnostic(
        file,
        locate.key([...path, extra]),
        'error',
        'unknown-property',
        `unknown property \`${extra}\` in ${where}${suggestion ? `; did you mean \`${suggestion}\`?` : ''}`,
        suggestion ? `rename it to \`${suggestion}\`` : `allowed here: ${known.join(', ')}`,
      );
    }
    case 'type':
      return diagnostic(file, locate.value(path), 'error', 'wrong-type', `${where} must be ${article(String(params.type))}, not ${describeValue(error.data)}`, typeHint(String(params.type)));
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return diagnostic(
        file,
        locate.value(path),
        'error',
        'invalid-value',
        `${where} is ${quote(error.data)}, which is not allowed${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        `use one of: ${allowed.join(', ')}`,
      );
    }
    case 'pattern':
      return diagnostic(file, locate.value(path), 'error', 'invalid-format', `${where} is ${quote(error.data)}, which is not in the expected form`, patternHint(path));
    case 'anyOf':
      return anyOfDiagnostic(file, error, path, where, locate);
    case 'minimum':
    case 'maximum':
      return diagnostic(file, locate.value(path), 'error', 'out-of-range', `${where} is ${quote(error.data)}; it ${error.message ?? 'is out of range'}`, 'correct the number');
    case 'minItems':
    case 'minLength':
      return diagnostic(file, locate.value(path), 'error', 'empty-value', `${where} must not be empty`, 'fill it in, or remove the property');
    default:
      return diagnostic(file, locate.value(path), 'error', 'schema', `${where} ${error.message ?? 'is invalid'}`, 'see docs/format.md');
  }
}

function anyOfDiagnostic(file: string, error: ErrorObject, path: DataPath, where: string, locate: Locator): Diagnostic {
  if (error.schemaPath.includes('/measure/')) {
    const suggestion = typeof error.data === 'string' ? closest(error.data, MEASURE_CODES) : undefined;
    return diagnostic(
      file,
      locate.value(path),
      'error',
      'unknown-measure',
      `${where} is ${quote(error.data)}, which is not a measure in the vocabulary${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      'use a measure from docs/format.md#measures, e.g. "asset-freeze" or "export-ban:coal"',
    );
  }
  return diagnostic(file, locate.value(path), 'error', 'missing-text', `${where} has neither \`text\` (official wording) nor \`summary\` (an editorial summary with sources)`, 'add the official wording as `text:`, or a `summary:` with `text:` and `sources:`');
}

function article(type: string): string {
  return { string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a mapping (key: value pairs)' }[type] ?? type;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'text' : typeof value} ${quote(value)}`;
}

function typeHint(type: string): string {
  if (type === 'string') return 'put the value in quotes if it looks like a number or a date';
  if (type === 'array') return 'write a list, one `- item` per line';
  if (type === 'object') return 'write key: value pairs, indented under this key';
  return `write ${article(type)}`;
}

function patternHint(path: DataPath): string {
  const last = path.filter((p) => typeof p === 'string').at(-1);
  switch (last) {
    case 'symbol':
      return 'write "S/RES/841 (1993)" for a resolution or "S/2017/769" for a draft';
    case 'id':
    case 'clauses':
      return 'ids are lower case letters, digits and underscores, starting with a letter: op_5, op_8__a__iii';
    case 'resolution':
    case 'resolutions':
      return 'cite a resolution as "841 (1993)"';
    case 'paragraphs':
      return 'write a paragraph as "5", a range as "5-9", a subparagraph as "8(a)(iii)"';
    case 'time':
      return 'write a 24-hour time: "23:59"';
    case 'regime':
      return 'write a regime id in lower case with hyphens: "southern-rhodesia"';
    default:
      return path.some((p) => p === 'dates' || p === 'effective') ? 'write a date as YYYY-MM-DD: "1993-06-16"' : 'see docs/format.md';
  }
}

/** Whether data matches the JSON Schema, for a caller that needs no diagnostics when it does. */
export function matchesSchema(data: unknown): boolean {
  return validateResolution(data);
}

/** Checks data against the JSON Schema; each error points at the node it concerns. */
export function checkSchema(file: string, data: unknown, locate: Locator): Diagnostic[] {
  if (matchesSchema(data)) return [];
  return collapseBranches(validateResolution.errors ?? []).map((error) => toDiagnostic(file, error, locate, data));
}
