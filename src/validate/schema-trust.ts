import type { ErrorObject } from 'ajv';
import validateResolution from '../load/generated/validate-resolution.js';
import type { ResolutionDocument } from '../model/document.js';
import { pointerPath } from '../load/pointer-path.js';
import type { DataPath } from '../model/paragraph-path.js';

/** Combinators whose failures are also reported, in detail, by the branches beneath them. */
const SUMMARY_KEYWORDS = new Set(['anyOf', 'oneOf', 'allOf', 'not', 'if']);
/** Lists of clauses: their entries, numbers and ids are what a reference to the document resolves against. */
const CLAUSE_LISTS = new Set(['preamble', 'operative', 'subparagraphs', 'annexes', 'items']);

/**
 * The value a schema error makes unknown: the missing or unknown property itself, not the
 * mapping around it (a paragraph without an id still has a number and a text worth checking).
 * An entry of a list makes the whole list unknown: taking the entry out would move its
 * siblings, whose places both the locations and the numbering depend on.
 */
function unknownPath(error: ErrorObject): DataPath {
  const params = error.params as Record<string, unknown>;
  const path = [...pointerPath(error.instancePath)];
  if (error.keyword === 'required') path.push(String(params.missingProperty));
  if (error.keyword === 'additionalProperties') path.push(String(params.additionalProperty));
  while (typeof path.at(-1) === 'number') path.pop();
  return path;
}

/** Whether one path lies at, inside or around the other. */
function meets(a: DataPath, b: DataPath): boolean {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) if (String(a[i]) !== String(b[i])) return false;
  return true;
}

/** Whether a path names a clause list or a clause's number or id: [operative, 2, subparagraphs], [preamble, 0, id]. */
function shapesClauses(path: DataPath): boolean {
  for (let i = 0; i < path.length; i += 2) {
    if (!CLAUSE_LISTS.has(String(path[i]))) return i > 0 && (path[i] === 'number' || path[i] === 'id');
  }
  return true;
}

function remove(data: unknown, path: DataPath): void {
  let parent: unknown = data;
  for (const step of path.slice(0, -1)) parent = parent !== null && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[step] : undefined;
  if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[String(path.at(-1))];
}

/**
 * What the schema vouches for in a document, so that the checks of meaning can run on a file
 * with schema errors and still say nothing that is a mere consequence of them.
 *
 * The checks run on a pruned copy (`prune`), from which every value the schema refused is
 * removed. Reading only pruned data keeps them safe: nothing left has a type the model does
 * not promise, so no check can trip over a number where it expects text. Skipping invalid
 * subtrees inside each check instead would need a guard at every read, and one forgotten guard
 * is a crash. Pruning alone is not enough, though: a removed value reads as absent, and absence
 * means something (a paragraph without a number, a draft without a symbol). So a check that
 * draws a conclusion from absence, or from the whole of a list, asks `vouchesFor` first.
 * A required property may be missing from the pruned copy (it was missing or refused), so a
 * check also asks before it reads one: a clause's `id`, the document's `kind` or `status`.
 */
export class SchemaTrust {
  /** The trust of a document that matched the schema: everything in it is vouched for. */
  static readonly WHOLE = new SchemaTrust([]);

  private constructor(private readonly unknown: readonly DataPath[]) {}

  /** The trust the schema gives `data`. */
  static of(data: unknown): SchemaTrust {
    if (validateResolution(data)) return SchemaTrust.WHOLE;
    const errors = (validateResolution.errors ?? []).filter((error) => !SUMMARY_KEYWORDS.has(error.keyword));
    return new SchemaTrust(errors.map(unknownPath));
  }

  /** Whether the value at `path` is known: neither it, nor anything in it, nor anything around it was refused. */
  vouchesFor(path: DataPath): boolean {
    return !this.unknown.some((unknown) => meets(unknown, path));
  }

  /**
   * Whether every clause, with its number and id, is known, so that a reference into the
   * document that finds nothing truly points to nothing (and is not one to a refused clause).
   */
  vouchesForClauses(): boolean {
    return !this.unknown.some(shapesClauses);
  }

  /**
   * A copy of `data` without the values the schema refused; undefined when nothing of it is
   * known (it is not a mapping). Clause lists the model requires read as empty when unknown, so
   * that the document can be walked; `vouchesFor` still says they are unknown.
   */
  prune(data: unknown): ResolutionDocument | undefined {
    if (this.unknown.some((path) => path.length === 0)) return undefined;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
    const copy = structuredClone(data) as Record<string, unknown>;
    for (const path of this.unknown) remove(copy, path);
    const document = copy as unknown as ResolutionDocument;
    document.preamble ??= [];
    document.operative ??= [];
    for (const annex of document.annexes ?? []) annex.items ??= [];
    return document;
  }
}
