import type { Document, LineCounter, Node } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import { diagnostic, type Diagnostic } from './diagnostic.js';
import { tooDeepAt } from './nesting-depth.js';
import { syntaxErrorPlace } from './syntax-error-place.js';
import { FORBIDDEN_KEYS, keyProblem, tagProblem } from './yaml-node-checks.js';

export { FORBIDDEN_KEYS };

/** Deeper nesting than any resolution needs is refused, so that no input can exhaust the stack. */
export const MAX_DEPTH = 40;
/** Aliases expanded when converting to data: a few are fine; thousands are an alias bomb. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** Plain data, only when there were no errors. */
  data: unknown;
}

export type ParseResult = { ok: true; parsed: ParsedYaml; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

const YAML_HINTS: Record<string, [string, string]> = {
  TAB_AS_INDENT: ['tab-indent', 'indent with spaces, not tabs (YAML does not allow tabs for indentation)'],
  DUPLICATE_KEY: ['duplicate-key', 'a key may appear only once in a mapping: remove or rename one of them'],
  BAD_INDENT: ['yaml-syntax', 'check the indentation and that every [ or { is closed'],
  MISSING_CHAR: ['yaml-syntax', 'check for an unclosed quote, bracket or brace'],
  MULTILINE_IMPLICIT_KEY: ['yaml-syntax', 'a key must fit on one line; check for a missing colon or an unclosed quote above'],
};

/** The YAML documents in `text`, with positions; `lineCounter` turns their offsets into lines and columns. */
export function parseDocuments(text: string, lineCounter: LineCounter): Document.Parsed[] {
  const documents = yamlLibrary().parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  return Array.isArray(documents) ? documents : [];
}

const TOO_DEEP_HINT = 'a resolution needs only a few levels (paragraph, subparagraph, sub-subparagraph): flatten the structure';

export function parseYaml(file: string, text: string): ParseResult {
  const lineCounter = new (yamlLibrary().LineCounter)();
  const at = (offset: number) => lineCounter.linePos(offset);
  // The depth is checked on the parser's tokens, before the composer, which recurses per level.
  const tokens = Array.from(new (yamlLibrary().Parser)(lineCounter.addNewLine).parse(text));
  const deep = tooDeepAt(tokens, MAX_DEPTH + 1);
  if (deep !== undefined) return { ok: false, diagnostics: [diagnostic(file, at(deep), 'error', 'too-deep', `nesting is deeper than ${MAX_DEPTH} levels`, TOO_DEEP_HINT)] };
  const list = Array.from(new (yamlLibrary().Composer)({ uniqueKeys: true, prettyErrors: false, keepSourceTokens: false }).compose(tokens));
  if (list.length > 1) {
    const second = list[1]!;
    const offset = second.range[0];
    return {
      ok: false,
      diagnostics: [
        diagnostic(file, at(offset), 'error', 'multiple-documents', `file holds ${list.length} YAML documents; a resolution file holds exactly one`, 'put each resolution or draft in a file of its own, and remove the `---` separator'),
      ],
    };
  }
  const document = list[0];
  if (!document) {
    return { ok: false, diagnostics: [diagnostic(file, { line: 1, col: 1 }, 'error', 'empty-file', 'file holds no YAML document', 'start from `bluedraft new`')] };
  }
  // After the first syntax error the parser's view of the rest is unreliable: further errors
  // are mostly echoes of the first, so only the first is reported, with a count of the others.
  const [firstError, ...otherErrors] = document.errors;
  const diagnostics: Diagnostic[] = [];
  if (firstError) {
    const [code, hint] = YAML_HINTS[firstError.code] ?? ['yaml-syntax', 'check the YAML syntax at this point'];
    const place = syntaxErrorPlace(firstError, tokens, text);
    const message = place.message ?? (firstError.code === 'DUPLICATE_KEY' ? duplicateKeyMessage(text, firstError.pos[0]) : firstError.message.split('\n')[0]!);
    const more = otherErrors.length > 0 ? ` (${otherErrors.length} more YAML error${otherErrors.length === 1 ? '' : 's'} may follow from this one)` : '';
    diagnostics.push(diagnostic(file, at(place.offset), 'error', place.message ? 'yaml-syntax' : code, `${message}${more}`, place.hint ?? hint));
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const structural = checkStructure(file, text, document.contents, at);
  if (structural.length > 0) return { ok: false, diagnostics: structural };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(message)?.[1];
    if (unresolved !== undefined) {
      const where = firstAlias(document.contents, at, unresolved) ?? { line: 1, col: 1 };
      return { ok: false, diagnostics: [diagnostic(file, where, 'error', 'yaml-syntax', `the alias \`*${unresolved}\` names no anchor: no \`&${unresolved}\` is set before it`, `set the anchor (\`&${unresolved}\`) on the value to repeat, above this line, or write the text out`)] };
    }
    return {
      ok: false,
      diagnostics: [diagnostic(file, firstAlias(document.contents, at) ?? { line: 1, col: 1 }, 'error', 'alias-limit', `aliases expand too far: ${message}`, 'write the text out instead of repeating it through YAML aliases (*name)')],
    };
  }
  return { ok: true, parsed: { document, lineCounter, data }, diagnostics: [] };
}

type At = (offset: number) => { line: number; col: number };

/** Depth, key and tag checks, iteratively so that hostile nesting cannot overflow the stack. */
function checkStructure(file: string, text: string, root: Node | null, at: At): Diagnostic[] {
  const found: Diagnostic[] = [];
  const stack: Array<[Node | null, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!node) continue;
    if (depth > MAX_DEPTH) {
      return [diagnostic(file, at(node.range?.[0] ?? 0), 'error', 'too-deep', `nesting is deeper than ${MAX_DEPTH} levels`, TOO_DEEP_HINT)];
    }
    const tagged = tagProblem(file, node, text, at);
    if (tagged) found.push(tagged);
    if (yamlLibrary().isMap(node)) {
      for (const pair of node.items) {
        const problem = keyProblem(file, pair, node, text, at);
        if (problem) found.push(problem);
        if (problem?.code !== 'complex-key') stack.push([pair.value as Node | null, depth + 1]);
      }
    } else if (yamlLibrary().isSeq(node)) {
      for (const item of node.items) stack.push([item as Node | null, depth + 1]);
    }
  }
  return found;
}

/** Where the first alias is (the first named `name`, where given). */
function firstAlias(root: Node | null, at: At, name?: string): { line: number; col: number } | undefined {
  const stack: Array<Node | null> = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) continue;
    if (yamlLibrary().isAlias(node) && (name === undefined || node.source === name)) return at(node.range?.[0] ?? 0);
    if (yamlLibrary().isMap(node)) for (const pair of [...node.items].reverse()) stack.push(pair.value as Node | null);
    else if (yamlLibrary().isSeq(node)) for (const item of [...node.items].reverse()) stack.push(item as Node | null);
  }
  return undefined;
}

function duplicateKeyMessage(text: string, offset: number): string {
  const key = /^\s*(?:-\s+)?([^:#\n]+?)\s*:/.exec(text.slice(offset, text.indexOf('\n', offset) >>> 0))?.[1];
  return key ? `the key \`${key}\` appears twice in the same mapping` : 'a key appears twice in the same mapping';
}
