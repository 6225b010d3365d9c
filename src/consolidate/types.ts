/**
 * The consolidated state of a sanctions regime and the impact of a draft on it. Every type here
 * is plain data (JSON-serialisable, no classes, no Maps), so that `--format json` prints it as it
 * is and report renderers need nothing else. Documented in docs/regime.md.
 */
import type { Diagnostic } from '../load/diagnostic.js';
import type { ConditionMet, Confirmation, EffectAction, LanguageCode, Reference, SourceRef } from '../model/document.js';
import type { MeasureCode } from '../model/measures.js';
import type { Redline } from '../diff/types.js';
import type { GroupedImpacts } from './collective.js';

/** Where a provision sits: the document and the paragraph, as far as the sources confirm it. */
export interface ProvisionCitation {
  /** Identifies the document within a run: "841 (1993)" for a resolution, the symbol or file name for a draft. */
  documentKey: string;
  /** How reports name the document: "resolution 841 (1993)", "draft S/2017/769", "draft of 2019-12-16". */
  document: string;
  /** "841 (1993)"; absent for a draft. */
  resolution?: string;
  clauseId: string;
  /** "8", "8(a)(iii)"; absent where the sources do not confirm the number ("paragraph not confirmed"). */
  paragraph?: string;
  /** How sure the sources are of the paragraph number. */
  numberStatus: Confirmation;
}

/**
 * A clause's words: the Council's official wording (with `from`, the copy it was taken from where
 * the file names one), or our marked summary where that is not available.
 */
export type Wording = { kind: 'text'; text: string; from?: SourceRef } | { kind: 'summary'; text: string; sources: SourceRef[]; status?: Confirmation };

/** When something takes hold, as the text states it and as an instant. */
export interface Moment {
  /** The instant in UTC (ISO 8601). A date without a time stands for the start of that day, UTC. */
  utc: string;
  /** The date as stated, or the document's date where the effect gives none. */
  date: string;
  /** Local time as stated ("23:59"). */
  time?: string;
  /** Time zone as stated ("EST"). */
  zone?: string;
  /** True where the effect states no date and takes hold on the document's adoption. */
  onAdoption: boolean;
}

/** The limit of a consolidation: effects taking hold before `utc` are applied. */
export interface AsOf {
  /** As given: "1993-07-01" (the whole of that day, UTC) or an ISO date-time. */
  text: string;
  /** The exclusive upper bound, ISO 8601 UTC. */
  utc: string;
}

/** What happened to a measure or committee, by which clause, when. */
export interface ProvenanceEntry {
  /** The effect's action; `expire` where an `until` date ran out. */
  action: EffectAction | 'expire';
  by: ProvisionCitation;
  at: Moment;
  /** The condition verbatim ("unless the Secretary-General … reports …"): read as not met unless `met` records it (then the effect is called off). */
  condition?: string;
  /** A condition precedent verbatim ("once the Council agrees that …"): the effect waits for it until `met` records it. */
  awaits?: string;
  /** A user's record that the condition was fulfilled: when, and by what document. */
  met?: ConditionMet;
  /** Delayed entry into force as the text states it: `{ days: 10, from: 'adoption' }`. */
  after?: { days: number; from: 'adoption' };
  /** The date after which the effect ceases. */
  until?: string;
  direction?: 'loosen' | 'tighten';
  /** The measures concerned, where the effect names them. */
  measures?: MeasureCode[];
  /** How sure the sources are that the effect exists as stated. */
  status?: Confirmation;
  /** Proposed by `bluedraft import`; no person has confirmed it yet. */
  inferred?: boolean;
  note?: string;
  /** The acting clause's words, for effects that add wording (amend, extend, exempt, mandates, reviews). */
  wording?: Wording;
  /** Set on an exemption or extension whose `until` date has passed. */
  expired?: boolean;
  /** Applied because the effect names a whole resolution or a chain of them, not this provision. */
  collective?: boolean;
  /** With `collective`: the resolutions the effect names, as its target is written ("resolutions 1718 (2006) and subsequent …"). */
  target?: Reference;
}

export type MeasureStatus = 'in-force' | 'suspended' | 'terminated' | 'pending';

export const MEASURE_STATUSES: readonly MeasureStatus[] = ['in-force', 'suspended', 'terminated', 'pending'];

export interface MeasureEnd {
  reason: 'terminated' | 'replaced' | 'expired';
  by?: ProvisionCitation;
  at: Moment;
}

/** One provision of the regime: a clause that imposes a measure, or whose entry into force another clause sets. */
export interface Measure {
  /** Stable within a run: document key and clause id, "841 (1993)#op_8". */
  key: string;
  provision: ProvisionCitation;
  heading?: string;
  /** What the measure is, from the controlled vocabulary; empty where the files do not say. */
  measures: MeasureCode[];
  /** The current wording: the latest amendment's, else the provision's own. */
  wording: Wording;
  status: MeasureStatus;
  /** When the measure reached its current status. */
  since?: Moment;
  /** The date after which the measure ceases, where one is set. */
  until?: string;
  ended?: MeasureEnd;
  /** The suspension in force, for a suspended measure. */
  suspension?: ProvenanceEntry;
  exemptions: ProvenanceEntry[];
  extensions: ProvenanceEntry[];
  /** Every condition attached to an effect applied to this measure. */
  conditions: Array<{ action: ProvenanceEntry['action']; by: ProvisionCitation; text: string }>;
  /** Every effect applied, in the order applied. */
  history: ProvenanceEntry[];
  /** Effects already adopted that take hold after the as-of limit. */
  scheduled: ProvenanceEntry[];
  /** Effects adopted that wait for a condition precedent (`awaits`) not recorded as met by the as-of limit: never applied. */
  awaiting: ProvenanceEntry[];
  /** Effects an "unless" called off: their condition was recorded as met before they were to take hold. */
  calledOff: ProvenanceEntry[];
  /** The key of the measure this is a part of, where an effect acted on one subparagraph of it. */
  partOf?: string;
  /** Keys of the measures this one replaced. */
  replaces: string[];
  replacedBy?: string;
}

export type CommitteeStatus = 'active' | 'dissolved' | 'pending';

export interface Committee {
  key: string;
  /** The clause that established the committee ("paragraph 10 of resolution 841 (1993)"). */
  establishedBy: ProvisionCitation;
  status: CommitteeStatus;
  /** Mandate changes, in order. */
  mandate: ProvenanceEntry[];
  history: ProvenanceEntry[];
  scheduled: ProvenanceEntry[];
  /** Effects on the committee that wait for a condition precedent not yet recorded as met. */
  awaiting: ProvenanceEntry[];
  /** Effects on the committee that an "unless" called off. */
  calledOff: ProvenanceEntry[];
}

/**
 * A change that conditions hold back: `pending` while its condition precedent (`awaits`) is not
 * recorded as met by the as-of limit, `called-off` where an "unless" was recorded as met before
 * it was to take hold. Never applied; listed with the measures and committees it would act on.
 */
export interface ConditionalChange {
  status: 'pending' | 'called-off';
  /** The effect as it would apply: its `awaits`, `condition` and `met` as the file records them. */
  entry: ProvenanceEntry;
  /** Keys of the measures it would act on. */
  measures: string[];
  /** Keys of the committees it would act on. */
  committees: string[];
}

/**
 * A paragraph an `impose` effect names (or that imposes itself) whose words do not bind: it opens
 * with "Calls upon", "Requests", "Urges" … Never a measure; listed so that nothing is left out.
 */
export interface CallClause {
  by: ProvisionCitation;
  /** The opening words as printed: "Calls upon", "Requests". */
  opening: string;
  wording: Wording;
  /** The clauses whose `impose` effect names it (841 (1993) para. 3 for paras. 9 and 11 to 14). */
  namedBy: ProvisionCitation[];
}

/** A clause with no legal effect yet that diplomats watch: a readiness to review or lift. */
export interface WatchedClause {
  by: ProvisionCitation;
  at: Moment;
  wording: Wording;
  /** Keys of the measures it concerns. */
  measures: string[];
  condition?: string;
  /** A condition precedent the review waits for, verbatim. */
  awaits?: string;
  status?: Confirmation;
}

export interface RegimeDocumentInfo {
  documentKey: string;
  document: string;
  resolution?: string;
  symbol?: string;
  kind: 'resolution' | 'draft';
  /** The date the regime orders it by (adoption, else vote, revision or circulation). */
  date: string;
  /** False for a document dated after the as-of limit: it plays no part yet. */
  included: boolean;
}

export interface RegimeState {
  regime: string;
  asOf: AsOf;
  documents: RegimeDocumentInfo[];
  /** Every provision known at the limit, in document and paragraph order; filter by `status`. */
  measures: Measure[];
  committees: Committee[];
  watched: WatchedClause[];
  /** Changes that conditions hold back: pending on a condition precedent, or called off by an "unless". */
  conditional: ConditionalChange[];
  /** Non-binding calls the files declare or name as measures: listed as calls, never measures. */
  calls: CallClause[];
  /** Problems found in the files: dangling references, conflicting effects … */
  diagnostics: Diagnostic[];
}

/** How a draft would change one measure. */
export type ImpactCategory = 'terminated' | 'suspended' | 'reinstated' | 'loosened' | 'tightened' | 'amended' | 'added' | 'unchanged';

export const IMPACT_CATEGORIES: readonly ImpactCategory[] = ['terminated', 'suspended', 'reinstated', 'loosened', 'tightened', 'amended', 'added', 'unchanged'];

/** A word-level comparison, as produced by the diff engine's `redline`. */
export interface WordingChange {
  before: Wording;
  after: Wording;
  redline: Redline;
}

export interface MeasureImpact {
  category: ImpactCategory;
  /** The measure after the draft (its `provision` is the paragraph that holds it). */
  measure: Measure;
  /** The measure's status before the draft; absent for an added measure. */
  before?: MeasureStatus;
  after: MeasureStatus;
  /** The clauses that brought the measure into force (the provision itself, or e.g. 841 para. 3). */
  imposedBy: ProvisionCitation[];
  /** The draft's clauses acting on the measure. */
  actedOnBy: ProvisionCitation[];
  /** The draft's effects on the measure, as applied. */
  changes: ProvenanceEntry[];
  /** Where the draft changes the wording (amendment or replacement). */
  wording?: WordingChange;
  /** For a replaced measure: the key of its replacement. */
  replacedBy?: string;
}

export interface CommitteeImpact {
  committee: Committee;
  before?: CommitteeStatus;
  after: CommitteeStatus;
  changes: ProvenanceEntry[];
}

export interface DocumentSummary {
  documentKey: string;
  document: string;
  symbol?: string;
  title?: string;
  revision?: string;
  status: string;
  date?: string;
  language: LanguageCode;
  sponsors?: string[];
}

/** A clause of the draft that declares effects, with its words, so that reports need not read the draft again. */
export interface ActingClause {
  by: ProvisionCitation;
  wording: Wording;
}

export interface ImpactReport {
  regime: string;
  draft: DocumentSummary;
  /** The date the draft is assessed as adopted on. */
  asOf: AsOf;
  /** Later than `asOf` where the draft's own effects take hold later; both states are compared there. */
  comparedAt: AsOf;
  before: RegimeState;
  after: RegimeState;
  /** Every measure of the regime and of the draft, in category order, then document order. */
  measures: MeasureImpact[];
  /** The measures sorted for reporting: those reported one by one, and each effect on whole resolutions once (`groupImpacts`). */
  grouped: GroupedImpacts;
  /** The draft's operative clauses that declare effects, each with its words, in document order. */
  acting: ActingClause[];
  /** The draft's changes that conditions hold back: pending on a condition precedent, or called off. */
  conditional: ConditionalChange[];
  committees: CommitteeImpact[];
  /** The draft's review clauses: no legal effect, but watched. */
  watched: WatchedClause[];
  /** The draft's operative paragraphs that declare no effect on the regime (calls for talks …). */
  noEffect: Array<{ by: ProvisionCitation; wording: Wording }>;
  /** Count per category. */
  summary: Record<ImpactCategory, number>;
  diagnostics: Diagnostic[];
}
