import type { IndexedClause } from './provision.js';
import type { RegimeDocument } from './regime-document.js';

/** The key of a clause of a regime document, which is also that of the measure, committee or call it holds: "500 (2000)#op_1". */
export function clauseKey(document: RegimeDocument, clause: IndexedClause): string {
  return `${document.key}#${clause.clause.id}`;
}
