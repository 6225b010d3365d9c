import { diagnostic, type Diagnostic } from '../load/diagnostic.js';
import type { Acting } from './acting.js';
import { Committees } from './committees.js';
import type { Effect } from '../model/document.js';
import type { MeasureCode } from '../model/measures.js';
import { describeProvision } from './describe.js';
import { ownMeasures, wordingOf, type IndexedClause } from './provision.js';
import type { RegimeDocument } from './regime-document.js';
import type { RegimeIndex } from './regime-index.js';
import { codesOverlap } from './codes-overlap.js';
import { clauseKey, keyParts, provisionKey } from './clause-key.js';
import { sameProvision } from './same-provision.js';
import type { CallClause, Committee, Measure, MeasureStatus, ProvenanceEntry } from './types.js';

type Lifecycle = 'pending' | 'in-force' | 'terminated';

interface MeasureRecord {
  measure: Measure;
  lifecycle: Lifecycle;
  /** Sort position: document, then clause. */
  order: [number, number];
  /** Source clause, so that effects on its subparagraphs can find it. */
  clause: IndexedClause;
}

/** Effects named only collectively (a whole resolution, a chain) pass over measures already ended. */
export type Reach = 'named' | 'collective';

const VERB: Record<string, string> = {
  impose: 'impose',
  extend: 'extend',
  amend: 'amend',
  replace: 'replace',
  suspend: 'suspend',
  reinstate: 'reinstate',
  continue: 'continue',
  terminate: 'terminate',
  exempt: 'exempt from',
};

/**
 * The mutable record of every measure (and, in `committees`, every committee) while effects are applied in date order.
 * Each method applies one action to one measure and reports what a person would need to fix.
 */
export class Ledger {
  private readonly records = new Map<string, MeasureRecord>();
  /** The committees, kept apart from the measures; effects on either are scheduled and held alike. */
  readonly committees = new Committees((acting, severity, code, message, hint) => this.report(acting, severity, code, message, hint));
  /** Clause key → the measures whose entry into force it sets (841 (1993) para. 3 → paras. 5–14). */
  private readonly imposedThrough = new Map<string, string[]>();
  /** Clause key → the non-binding call an `impose` effect named there: never a measure. */
  private readonly calls = new Map<string, CallClause>();
  /** measure key → date → documents that acted on it that day. */
  private readonly touched = new Map<string, Map<string, Set<string>>>();
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly index: RegimeIndex) {}

  /** A problem located at the effect: at its `target` (the default), at the effect itself (`false`), or at a path under it. */
  report(acting: Pick<Acting, 'document' | 'clause' | 'effectIndex'>, severity: Diagnostic['severity'], code: string, message: string, hint?: string, target: boolean | string[] = true): void {
    const under = target === true ? ['target'] : target === false ? [] : target;
    const at = [...acting.clause.at, 'effects', acting.effectIndex, ...under];
    const { loaded } = acting.document;
    this.diagnostics.push(diagnostic(loaded.file, loaded.locate.value(at), severity, code, message, hint));
  }

  measure(key: string): Measure | undefined {
    return this.records.get(key)?.measure;
  }

  status(key: string): MeasureStatus | undefined {
    const record = this.records.get(key);
    return record && statusOf(record);
  }

  /** Keys of the measures held by this clause, by its subparagraphs, or by the paragraph it is part of. */
  measuresAt(document: RegimeDocument, clause: IndexedClause): { keys: string[]; enclosing?: string } {
    const own = clauseKey(document, clause);
    if (this.records.has(own)) return { keys: [own] };
    const inside = [...this.records.entries()].filter(([, r]) => r.clause.citation.documentKey === document.key && r.clause.ancestors.includes(clause.clause.id) && !r.measure.partOf);
    if (inside.length > 0) return { keys: inside.map(([key]) => key) };
    // "The measures imposed by paragraph 3" (748 (1992)): paragraph 3 imposes paragraphs 4 to 7.
    const imposed = this.imposedThrough.get(own);
    if (imposed) return { keys: imposed };
    const enclosing = [...clause.ancestors].reverse().map((id) => provisionKey(document.key, id)).find((key) => this.records.has(key));
    return enclosing ? { keys: [], enclosing } : { keys: [] };
  }

  measuresOf(document: RegimeDocument): string[] {
    return [...this.records.entries()].filter(([, r]) => r.clause.citation.documentKey === document.key).map(([key]) => key);
  }

  /** Records a provision that an adopted document brings into the regime; it is pending until imposed. */
  register(document: RegimeDocument, clause: IndexedClause, codes: MeasureCode[], since: ProvenanceEntry['at']): string {
    const key = clauseKey(document, clause);
    if (this.records.has(key)) return key;
    const measure: Measure = {
      key,
      provision: clause.citation,
      measures: [...codes],
      wording: wordingOf(clause.clause),
      status: 'pending',
      since,
      exemptions: [],
      extensions: [],
      conditions: [],
      history: [],
      scheduled: [],
      awaiting: [],
      calledOff: [],
      replaces: [],
    };
    if ('heading' in clause.clause && clause.clause.heading) measure.heading = clause.clause.heading;
    this.records.set(key, { measure, lifecycle: 'pending', order: [this.index.position(document), clause.position], clause });
    return key;
  }

  /**
   * A piece of a measure listed as a measure of its own, carrying the history of the whole until
   * then: one subparagraph that an effect acts on alone, or a later paragraph that amended or
   * extended the measure (2397 (2017) para. 8 extends 2375 (2017) para. 17), which later texts
   * cite on its own. The piece's own `measures` name it; else `codes`, those of the effect acting on it.
   */
  splitPart(whole: string, document: RegimeDocument, clause: IndexedClause, codes: MeasureCode[] | undefined, since?: ProvenanceEntry['at']): string {
    const key = clauseKey(document, clause);
    const record = this.records.get(whole)!;
    if (this.records.has(key)) return key;
    const copy = structuredClone(record.measure);
    const part: Measure = { ...copy, key, provision: clause.citation, measures: [...(ownMeasures(clause) ?? codes ?? [])], wording: wordingOf(clause.clause), exemptions: [], extensions: [], scheduled: [], awaiting: [], calledOff: [], partOf: whole, replaces: [] };
    delete part.heading;
    delete part.replacedBy;
    if (since) part.since = since;
    this.records.set(key, { measure: part, lifecycle: record.lifecycle, order: [this.index.position(document), clause.position], clause });
    return key;
  }

  /** Records that `imposer` sets the entry into force of the measure `key`. */
  imposes(imposer: string, key: string): void {
    const keys = this.imposedThrough.get(imposer) ?? [];
    if (!keys.includes(key)) this.imposedThrough.set(imposer, [...keys, key]);
  }

  /** Whether another clause of the measure's own document sets its entry into force. */
  broughtIntoForce(key: string): boolean {
    const documentKey = this.records.get(key)?.clause.citation.documentKey;
    return [...this.imposedThrough.entries()].some(([imposer, keys]) => keys.includes(key) && keyParts(imposer).documentKey === documentKey);
  }

  schedule(key: string, entry: ProvenanceEntry): void {
    (this.records.get(key)?.measure ?? this.committees.get(key))?.scheduled.push(entry);
  }

  /** Records, on a measure or committee, a change that a condition holds back: never applied. */
  hold(key: string, entry: ProvenanceEntry, status: 'pending' | 'called-off'): void {
    const held = this.records.get(key)?.measure ?? this.committees.get(key);
    if (held) (status === 'pending' ? held.awaiting : held.calledOff).push(entry);
  }

  /** Records a paragraph an `impose` effect names whose words do not bind: a call, never a measure. */
  registerCall(document: RegimeDocument, clause: IndexedClause, opening: string, namedBy: IndexedClause): void {
    const key = clauseKey(document, clause);
    const call = this.calls.get(key) ?? { by: clause.citation, opening, wording: wordingOf(clause.clause), namedBy: [] };
    if (!call.namedBy.some((c) => sameProvision(c, namedBy.citation))) call.namedBy.push(namedBy.citation);
    this.calls.set(key, call);
  }

  isCall(document: RegimeDocument, clause: IndexedClause): boolean {
    return this.calls.has(clauseKey(document, clause));
  }

  /**
   * The measures a continuation that cites no provision goes on with: those in force or
   * suspended whose codes overlap the codes it names (docs/regime.md#continuations).
   */
  continuing(codes: readonly MeasureCode[]): string[] {
    return [...this.records.entries()]
      .filter(([, r]) => r.lifecycle === 'in-force' && r.measure.measures.some((code) => codes.some((named) => codesOverlap(code, named))))
      .map(([key]) => key);
  }

  /** Two documents acting on one provision the same day: the order between them is unknown. */
  private checkSameDay(key: string, acting: Acting): void {
    const days = this.touched.get(key) ?? new Map<string, Set<string>>();
    this.touched.set(key, days);
    const documents = days.get(acting.entry.at.date) ?? new Set<string>();
    days.set(acting.entry.at.date, documents);
    const others = [...documents].filter((d) => d !== acting.document.key);
    if (others.length > 0) {
      const record = this.records.get(key);
      const what = record ? describeProvision(record.measure.provision) : key;
      this.report(acting, 'warning', 'same-day-effects', `${what} is also acted on by ${others.join(', ')} on ${acting.entry.at.date}; which comes first is not known, so they are applied in document order`, 'give the effects a time (`effective: { time, zone }`) if the order matters');
    }
    documents.add(acting.document.key);
  }

  private note(record: MeasureRecord, entry: ProvenanceEntry): void {
    record.measure.history.push(entry);
    // A review clause's condition is when the Council would look again, not a condition of the measure.
    if (entry.condition !== undefined && entry.action !== 'review') record.measure.conditions.push({ action: entry.action, by: entry.by, text: entry.condition });
  }

  /** Applies a measure action (impose … review); returns whether it changed anything. */
  apply(key: string, acting: Acting, reach: Reach): boolean {
    const record = this.records.get(key)!;
    const { measure } = record;
    const { effect } = acting;
    const entry: ProvenanceEntry = reach === 'collective' ? { ...acting.entry, collective: true, ...(effect.target && { target: effect.target }) } : acting.entry;
    const what = describeProvision(measure.provision);
    if (record.lifecycle === 'terminated' && effect.action !== 'impose' && effect.action !== 'review') {
      if (reach === 'collective') return false;
      const severity = effect.action === 'terminate' ? 'warning' : 'error';
      this.report(acting, severity, effect.action === 'terminate' ? 'already-terminated' : 'acts-on-terminated', `${what} was already ${measure.ended?.reason ?? 'terminated'} (${measure.ended ? `${measure.ended.at.date}${measure.ended.by ? ` by ${describeProvision(measure.ended.by)}` : ''}` : 'earlier'}), so there is nothing left to ${VERB[effect.action] ?? effect.action}`, 'check the target, or the dates of both effects');
      return false;
    }
    // A review or a continuation changes nothing, so its order against other effects does not matter.
    if (effect.action !== 'review' && effect.action !== 'continue') this.checkSameDay(key, acting);
    switch (effect.action) {
      case 'impose':
        if (record.lifecycle === 'terminated') delete measure.ended;
        if (record.lifecycle !== 'in-force') measure.since = entry.at;
        record.lifecycle = 'in-force';
        if (entry.until !== undefined) measure.until = entry.until;
        break;
      case 'extend':
        measure.extensions.push(entry);
        for (const code of effect.measures ?? []) if (!measure.measures.includes(code)) measure.measures.push(code);
        break;
      case 'amend':
        if (entry.wording) measure.wording = entry.wording;
        if (entry.until !== undefined) measure.until = entry.until;
        break;
      case 'suspend':
        if (measure.suspension) {
          this.report(acting, 'warning', 'already-suspended', `${what} is already suspended (by ${describeProvision(measure.suspension.by)}, ${measure.suspension.at.date})`, 'check the target, or the dates of both effects');
          return false;
        }
        measure.suspension = entry;
        measure.since = entry.at;
        break;
      case 'reinstate':
        if (!measure.suspension) {
          this.report(acting, 'warning', 'not-suspended', `${what} is not suspended at ${entry.at.date}, so there is no suspension to end`, 'check the target, or the dates of both effects');
          return false;
        }
        delete measure.suspension;
        measure.since = entry.at;
        break;
      case 'terminate':
        this.end(record, 'terminated', entry);
        break;
      case 'exempt':
        measure.exemptions.push(entry);
        break;
      case 'review':
      case 'continue':
        break;
      default:
        return false;
    }
    this.note(record, entry);
    return true;
  }

  /** The acting clause takes the place of the measure, which ends. */
  replace(key: string, acting: Acting): string | undefined {
    const record = this.records.get(key)!;
    const successor = clauseKey(acting.document, acting.clause);
    if (successor === key || this.replacedChain(key).has(successor)) {
      this.report(acting, 'error', 'circular-replace', `${describeProvision(acting.clause.citation)} would replace ${describeProvision(record.measure.provision)}, which itself replaced it: the chain of replacements runs in a circle`, 'correct the target of one of the replace effects');
      return undefined;
    }
    if (record.lifecycle === 'terminated') {
      this.apply(key, acting, 'named');
      return undefined;
    }
    this.checkSameDay(key, acting);
    this.register(acting.document, acting.clause, ownMeasures(acting.clause) ?? acting.effect.measures ?? record.measure.measures, acting.entry.at);
    const next = this.records.get(successor)!;
    next.lifecycle = 'in-force';
    next.measure.since = acting.entry.at;
    if (!next.measure.replaces.includes(key)) next.measure.replaces.push(key);
    this.note(next, acting.entry);
    this.end(record, 'replaced', acting.entry);
    record.measure.replacedBy = successor;
    this.note(record, acting.entry);
    return successor;
  }

  /** Every measure that `key` replaced, directly or through earlier replacements. */
  private replacedChain(key: string): Set<string> {
    const seen = new Set<string>();
    const queue = [key];
    while (queue.length > 0) {
      for (const earlier of this.records.get(queue.shift()!)?.measure.replaces ?? []) {
        if (!seen.has(earlier)) {
          seen.add(earlier);
          queue.push(earlier);
        }
      }
    }
    return seen;
  }

  private end(record: MeasureRecord, reason: 'terminated' | 'replaced' | 'expired', entry: ProvenanceEntry): void {
    record.lifecycle = 'terminated';
    delete record.measure.suspension;
    record.measure.since = entry.at;
    record.measure.ended = reason === 'expired' ? { reason, at: entry.at } : { reason, by: entry.by, at: entry.at };
  }

  /** An `until` date has run out: the effect it was set on ceases. */
  lapse(key: string, effect: Effect, entry: ProvenanceEntry): void {
    const record = this.records.get(key);
    if (!record) return;
    const { measure } = record;
    const sameEffect = (e: ProvenanceEntry | undefined) => e !== undefined && sameProvision(e.by, entry.by) && e.until === entry.until;
    if ((effect.action === 'impose' || effect.action === 'amend') && measure.until === entry.until && record.lifecycle === 'in-force') {
      this.end(record, 'expired', entry);
      this.note(record, entry);
    } else if (effect.action === 'suspend' && sameEffect(measure.suspension)) {
      delete measure.suspension;
      measure.since = entry.at;
      this.note(record, entry);
    } else if (effect.action === 'exempt' || effect.action === 'extend') {
      for (const granted of [...measure.exemptions, ...measure.extensions]) if (sameEffect(granted)) granted.expired = true;
    }
  }

  /** The measures, committees and calls as they stand, in document and paragraph order. */
  finish(): { measures: Measure[]; committees: Committee[]; calls: CallClause[] } {
    const records = [...this.records.values()].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
    return {
      measures: records.map((record) => ({ ...record.measure, status: statusOf(record) })),
      committees: this.committees.list(),
      // A call that a later effect made a piece of a measure (883 (1993) para. 7 "Confirms" the scope of 748 (1992) para. 6 (a)) is listed as that piece.
      calls: [...this.calls.entries()].filter(([key]) => !this.records.has(key)).map(([, call]) => call),
    };
  }
}

function statusOf(record: MeasureRecord): MeasureStatus {
  if (record.lifecycle === 'terminated') return 'terminated';
  if (record.measure.suspension) return 'suspended';
  return record.lifecycle;
}
