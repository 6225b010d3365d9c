import type { IndexedClause } from './provision.js';
import type { RegimeDocument } from './regime-document.js';

/** The key of a provision, which is also that of the measure, committee or call it holds: "500 (2000)#op_1". */
export function provisionKey(documentKey: string, clauseId: string): string {
  return `${documentKey}#${clauseId}`;
}

/** The key of a clause of a regime document (see `provisionKey`). */
export function clauseKey(document: RegimeDocument, clause: IndexedClause): string {
  return provisionKey(document.key, clause.clause.id);
}

/** The document key and clause id a provision key is made of; a key without "#" is a document's alone. */
export function keyParts(key: string): { documentKey: string; clauseId?: string } {
  const at = key.indexOf('#');
  return at < 0 ? { documentKey: key } : { documentKey: key.slice(0, at), clauseId: key.slice(at + 1) };
}
