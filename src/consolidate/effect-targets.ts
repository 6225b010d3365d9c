import type { Effect } from '../model/document.js';
import { entryProblem } from '../model/paragraph-path.js';
import { describeProvision } from './describe.js';
import type { ActingEffect } from './acting.js';
import type { Ledger, Reach } from './ledger.js';
import type { RegimeIndex, TargetScope } from './regime-index.js';

/** Actions on committees, whose targets are the committees the cited clauses established. */
export const COMMITTEE_ACTIONS = new Set<Effect['action']>(['committee-mandate', 'dissolve-committee']);

/** A measure an effect acts on, and whether its target named it or only covered it collectively. */
export interface TargetMeasure {
  key: string;
  reach: Reach;
}

/** Whether a target names what it acts on: a resolution, paragraphs or clauses, or (for committee actions) the present document's committee. */
function namesSomething(target: NonNullable<Effect['target']>, committeeAction: boolean): boolean {
  return target.resolution !== undefined || Boolean(target.resolutions?.length) || Boolean(target.paragraphs?.length) || Boolean(target.clauses?.length) || (committeeAction && target.committee === true);
}

/**
 * What an effect's target designates as the consolidation stands: documents and clauses, the
 * measures or committees they hold, or, for a continuation that cites nothing, the measures in
 * force of the codes it names. Each problem is reported at the effect.
 */
export class EffectTargets {
  constructor(
    private readonly ledger: Ledger,
    private readonly index: RegimeIndex,
    private readonly regimeId: string,
  ) {}

  /** The documents and clauses an effect's target designates; each problem is reported. */
  scopes(acting: ActingEffect, hint: string): TargetScope[] {
    const { ledger } = this;
    const { effect, document } = acting;
    if (!effect.target) {
      ledger.report(acting, 'error', 'missing-target', `this ${effect.action} effect has no target, so it is not applied`, hint, false);
      return [];
    }
    // A target that names nothing (only its words, or a committee of no document) is no licence to act on the whole present resolution.
    if (!namesSomething(effect.target, COMMITTEE_ACTIONS.has(effect.action))) {
      ledger.report(acting, 'error', 'missing-target', `the target of this ${effect.action} effect names no resolution, paragraph or clause${effect.target.text ? ` (only the words "${effect.target.text}")` : ''}, so it is not applied`, hint);
      return [];
    }
    const resolved = this.index.resolve(effect.target, document);
    for (const problem of resolved.problems) {
      if (problem.kind === 'unknown-resolution') {
        ledger.report(acting, 'warning', 'unknown-resolution', `resolution ${problem.resolution} is not part of the ${this.regimeId} regime here (adopted by then), so this ${effect.action} effect cannot act on it`, `add resolution ${problem.resolution} with \`regime: ${this.regimeId}\`, or correct the citation`);
      } else if (problem.kind === 'missing') {
        ledger.report(acting, 'error', 'dangling-target', `this ${effect.action} effect points to ${problem.what} of ${problem.document.label}, which does not exist`, 'correct the paragraph number or clause id');
      } else {
        const { code, message, hint } = entryProblem(problem.entry);
        ledger.report(acting, 'error', code, message, hint);
      }
    }
    return resolved.scopes;
  }

  /**
   * The measures an effect acts on. With `split`, an effect on one subparagraph of a measure
   * lists that piece as a measure of its own; without, it names the whole (for changes held back,
   * which change nothing).
   */
  measures(acting: ActingEffect, options: { split: boolean } = { split: true }): TargetMeasure[] {
    const { ledger } = this;
    const { effect } = acting;
    const found: TargetMeasure[] = [];
    for (const scope of this.scopes(acting, 'add `target:` with the resolution and paragraphs it acts on')) {
      if (!scope.clauses) {
        const keys = ledger.measuresOf(scope.document);
        if (keys.length === 0 && !effect.target?.resolutions) ledger.report(acting, 'warning', 'no-measures', `${scope.document.label} imposes no measure, so this ${effect.action} effect has nothing to act on`, 'check the target, or declare the measures of that resolution');
        found.push(...keys.map((key) => ({ key, reach: 'collective' as const })));
        continue;
      }
      for (const clause of scope.clauses) {
        // A call is never a measure: an effect on a range that holds one ("paragraphs 5 to 9") passes over it.
        if (ledger.isCall(scope.document, clause)) continue;
        const { keys, enclosing } = ledger.measuresAt(scope.document, clause);
        if (keys.length > 0) found.push(...keys.map((key) => ({ key, reach: 'named' as const })));
        else if (enclosing) found.push({ key: options.split ? ledger.splitPart(enclosing, scope.document, clause, effect.measures) : enclosing, reach: 'named' });
        else ledger.report(acting, 'warning', 'not-a-measure', `${describeProvision(clause.citation)} imposes no measure (no \`impose\` effect declares it), so this ${effect.action} effect has nothing to act on`, 'add an `impose` effect to the provision, or correct the target');
      }
    }
    return found.filter((item, i) => found.findIndex((other) => other.key === item.key) === i);
  }

  /** The committees established by the clauses (or documents) the target names. */
  committees(acting: ActingEffect): string[] {
    const keys: string[] = [];
    for (const scope of this.scopes(acting, 'add `target:` with the resolution (and paragraph) that established the committee')) {
      for (const clause of scope.clauses ?? [undefined]) {
        const found = this.ledger.committees.at(scope.document, clause);
        if (found.length === 0) {
          const where = clause ? describeProvision(clause.citation) : scope.document.label;
          this.ledger.report(acting, 'error', 'no-committee', `${where} establishes no committee (no \`establish-committee\` effect), so this ${acting.effect.action} effect has nothing to act on`, 'point the target at the paragraph that established the committee');
        }
        keys.push(...found);
      }
    }
    return keys;
  }

  /** A continuation that cites no provision goes on with the measures in force it names by code; never a new measure. */
  continuing(acting: ActingEffect, scheduled: boolean): TargetMeasure[] {
    const codes = acting.effect.measures ?? [];
    if (codes.length === 0) {
      this.ledger.report(acting, 'warning', 'nothing-to-continue', 'this continue effect names no target and no measures, so it cannot be matched with a measure in force', 'add `target:` with the resolution and paragraphs that go on, or `measures:` with their codes', false);
      return [];
    }
    const keys = this.ledger.continuing(codes);
    if (keys.length === 0 && !scheduled) this.ledger.report(acting, 'warning', 'nothing-to-continue', `no measure in force is ${codes.join(', ')}, so there is nothing for this continue effect to go on with; it adds no measure`, 'add `target:` with the provision that goes on, or check the codes in `measures:`', false);
    return keys.map((key) => ({ key, reach: 'named' as const }));
  }
}
