import type { Effect } from '../model/document.js';
import type { IndexedClause } from './provision.js';
import type { RegimeDocument } from './regime-document.js';
import type { ProvenanceEntry } from './types.js';

/** An effect of a clause, found where it stands: enough to find its targets and to locate what is said about it. */
export interface ActingEffect {
  document: RegimeDocument;
  clause: IndexedClause;
  effect: Effect;
  effectIndex: number;
}

/** An effect being applied, with the provenance entry it leaves on what it acts on. */
export interface Acting extends ActingEffect {
  entry: ProvenanceEntry;
}
