/** Two competing drafts against the regime in force (`compareImpacts`, docs/negotiation.md). Plain data. */
import type { AsOf, ConditionalChange, DocumentSummary, ImpactCategory, MeasureStatus, ProvenanceEntry, ProvisionCitation, Wording, WordingChange } from '../../consolidate/types.js';
import type { Diagnostic } from '../../load/diagnostic.js';
import type { MeasureCode } from '../../model/measures.js';
import type { Standing } from './types.js';

/** What one draft would do to a measure of the regime, as `assessImpact` found it. */
export interface ImpactSide {
  category: ImpactCategory;
  after: MeasureStatus;
  /** The draft's paragraphs acting on the measure. */
  actedOnBy: ProvisionCitation[];
  /** The draft's effects on the measure, as applied. */
  changes: ProvenanceEntry[];
  /** Where the draft changes the measure's wording. */
  wording?: WordingChange;
  /** The draft's changes to the measure that wait for a condition, or that a condition called off. */
  conditional: ConditionalChange[];
}

/** A measure of the regime in force that either draft would change. */
export interface RegimeMeasureStanding {
  key: string;
  provision: ProvisionCitation;
  measures: MeasureCode[];
  /** Its wording in force. */
  wording: Wording;
  before: MeasureStatus;
  /** agreed: both drafts would do the same to it; only-a / only-b: one would; conflict: both, differently. */
  standing: Standing;
  a: ImpactSide;
  b: ImpactSide;
}

/** A measure a draft would bring into the regime. */
export interface AddedMeasure {
  key: string;
  provision: ProvisionCitation;
  measures: MeasureCode[];
  wording: Wording;
  after: MeasureStatus;
}

export interface ImpactDraft {
  name: string;
  draft: DocumentSummary;
  /** Later than `asOf` where the draft's own effects take hold later. */
  comparedAt: AsOf;
  summary: Record<ImpactCategory, number>;
  /** The measures it would add. */
  added: AddedMeasure[];
}

export interface ImpactComparison {
  regime: string;
  /** The day both drafts are assessed as adopted on. */
  asOf: AsOf;
  a: ImpactDraft;
  b: ImpactDraft;
  /** Measures of the regime either draft would change: conflicts first, then agreed, only A, only B, each in the regime's order. */
  measures: RegimeMeasureStanding[];
  counts: Record<Standing, number>;
  /** How many measures of the regime neither draft would change. */
  untouched: number;
  /** Problems found in the regime's files or the drafts, once each. */
  diagnostics: Diagnostic[];
}
