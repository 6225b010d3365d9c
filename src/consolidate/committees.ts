import type { Diagnostic } from '../load/diagnostic.js';
import type { Acting } from './acting.js';
import { clauseKey } from './clause-key.js';
import { describeProvision } from './describe.js';
import type { IndexedClause } from './provision.js';
import type { RegimeDocument } from './regime-document.js';
import type { Committee } from './types.js';

/** Reports a problem at an effect (see `Ledger.report`). */
export type ReportAtEffect = (acting: Acting, severity: Diagnostic['severity'], code: string, message: string, hint?: string) => void;

/** The sanctions committees of a regime while effects are applied in date order: established, given mandates, dissolved. */
export class Committees {
  private readonly byKey = new Map<string, Committee>();

  constructor(private readonly report: ReportAtEffect) {}

  /** The committee the clause establishes (registered on first sight, pending until its effect applies); returns its key. */
  register(document: RegimeDocument, clause: IndexedClause): string {
    const key = clauseKey(document, clause);
    if (!this.byKey.has(key)) this.byKey.set(key, { key, establishedBy: clause.citation, status: 'pending', mandate: [], history: [], scheduled: [], awaiting: [], calledOff: [] });
    return key;
  }

  get(key: string): Committee | undefined {
    return this.byKey.get(key);
  }

  /** Committees established by this clause or inside it; by the whole document where no clause is named. */
  at(document: RegimeDocument, clause?: IndexedClause): string[] {
    return [...this.byKey.values()]
      .filter((c) => c.establishedBy.documentKey === document.key)
      .filter((c) => !clause || c.establishedBy.clauseId === clause.clause.id)
      .map((c) => c.key);
  }

  /** Applies an effect on a committee: establishing, dissolving or adding to its mandate. A dissolved committee takes none. */
  apply(key: string, acting: Acting): void {
    const committee = this.byKey.get(key)!;
    const { entry, effect } = acting;
    const name = `the committee established by ${describeProvision(committee.establishedBy)}`;
    if (committee.status === 'dissolved') {
      this.report(acting, effect.action === 'dissolve-committee' ? 'warning' : 'error', 'committee-dissolved', `${name} was already dissolved`, 'check the target, or the dates of both effects');
      return;
    }
    if (effect.action === 'establish-committee') committee.status = 'active';
    else if (effect.action === 'dissolve-committee') committee.status = 'dissolved';
    else committee.mandate.push(entry);
    committee.history.push(entry);
  }

  /** Every committee, in the order they were registered. */
  list(): Committee[] {
    return [...this.byKey.values()];
  }
}
