import { callOpening } from './call-opening.js';
import { clauseKey } from './clause-key.js';
import type { Ledger } from './ledger.js';
import { momentOf } from './moment.js';
import { effectsOf, ownMeasures, type IndexedClause } from './provision.js';
import type { RegimeDocument } from './regime-document.js';
import type { RegimeIndex } from './regime-index.js';

/**
 * Records what an adopted document brings into the regime, pending until its effects take hold:
 * the committees it establishes, and the provisions its `impose` effects name (itself, or their
 * targets). A provision whose words bind no one ("Calls upon", "Requests") is recorded as a call,
 * never a measure: a range brought into force ("paragraphs 5 to 14") may hold calls and requests.
 */
export function registerDocument(ledger: Ledger, index: RegimeIndex, document: RegimeDocument): void {
  const since = momentOf(undefined, document.date).moment;
  const callOf = (owner: RegimeDocument, clause: IndexedClause) => callOpening(clause, index.clausesOf(owner), owner.loaded.document.language);
  for (const clause of index.clausesOf(document).values()) {
    for (const effect of effectsOf(clause)) {
      if (effect.action === 'establish-committee') ledger.committees.register(document, clause);
      if (effect.action !== 'impose') continue;
      if (!effect.target) {
        // A call that declares itself a measure ("Calls upon Member States … to halt inbound maritime shipping") is listed as a call.
        const call = callOf(document, clause);
        if (call === undefined) ledger.register(document, clause, ownMeasures(clause) ?? effect.measures ?? [], since);
        else ledger.registerCall(document, clause, call, clause);
        continue;
      }
      for (const scope of index.resolve(effect.target, document).scopes) {
        const targets = scope.clauses ?? [];
        for (const target of targets) {
          const call = callOf(scope.document, target);
          if (call !== undefined) {
            ledger.registerCall(scope.document, target, call, clause);
            continue;
          }
          // An effect's list names what its target is only where it has one target.
          const key = ledger.register(scope.document, target, ownMeasures(target) ?? (targets.length === 1 ? effect.measures : undefined) ?? [], since);
          ledger.imposes(clauseKey(document, clause), key);
        }
      }
    }
  }
}
