/**
 * The in-memory shape of a resolution or draft, exactly as it is stored in YAML.
 * `schemas/resolution.schema.json` is the authoritative contract for files; these types mirror
 * it one-to-one so that a loaded, schema-valid file can be used as a `ResolutionDocument`.
 */
import type { MeasureCode } from './measures.js';

export type DocumentKind = 'draft' | 'resolution';

/** Where a text stands in its life. A resolution is always `adopted`. */
export type DocumentStatus =
  | 'zero-draft'
  | 'circulated'
  | 'in-blue'
  | 'adopted'
  | 'vetoed'
  | 'failed'
  | 'withdrawn'
  | 'not-tabled';

/** How much of the official text the file holds. */
export type Completeness = 'full' | 'partial' | 'summary';

/** How sure we are of a fact taken from secondary sources (the DPRK register's scale). */
export type Confirmation = 'confirmed' | 'partly' | 'unconfirmed';

export type LanguageCode = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';

export interface Vote {
  /** e.g. 15; absent when the record does not say. */
  inFavour?: number;
  against?: number;
  abstaining?: number;
  unanimous?: boolean;
  /** "adopted without a vote" (by consensus). */
  withoutVote?: boolean;
  /** Members that voted against (a permanent member's vote against is a veto). */
  votedAgainst?: string[];
  abstentions?: string[];
  /** The closing line verbatim, e.g. "Adopted unanimously at the 3291st meeting." */
  record?: string;
}

export interface SourceInfo {
  /** Path, relative to the YAML file, of the source text kept in the repository. */
  file?: string;
  /** Where the text was retrieved from (URL, archive, commit). */
  origin?: string;
  /** The source's own statement of completeness, verbatim. */
  note?: string;
  retrieved?: string;
}

/** An OCR or transcription correction, recorded next to the text it corrects. */
export interface Correction {
  /** The wording as it stands in the source. */
  original: string;
  /** The wording as corrected in `text`. */
  corrected: string;
  reason?: string;
}

/**
 * How far a source can be relied on, best first: `un` (the UN and its organs), `government`
 * (ministries, missions, official gazettes), `press-research` (established news and research),
 * `other` (forums, mirrors, aggregators, blogs, unknown). See docs/format.md.
 */
export type SourceRank = 'un' | 'government' | 'press-research' | 'other';

/** A source as a file cites it: a URL or document reference, or one with its rank set by hand. */
export type SourceRef = string | RankedSourceRef;

export interface RankedSourceRef {
  /** The URL or document reference. */
  ref: string;
  /** Overrides the ranking by address. */
  rank?: SourceRank;
  /** Why this rank, or what the source is. */
  note?: string;
}

/** An editorial statement standing in for official wording that is not available. */
export interface Summary {
  /** Our own words: never presented as the Council's. */
  text: string;
  /** Where each fact comes from (URLs or document references), the best-ranked first. */
  sources: SourceRef[];
  status?: Confirmation;
  note?: string;
}

/**
 * A citation of another provision, as found in or attached to a clause.
 * `resolution` is cited as "841 (1993)"; absent means the present document.
 */
export interface Reference {
  resolution?: string;
  /** Paragraph paths: "5", "8(a)(iii)"; ranges are expanded by tools, kept as written here. */
  paragraphs?: string[];
  /** Clause ids in the target document (for targets whose display number is not known). */
  clauses?: string[];
  /** Several resolutions at once: "resolutions 232 (1966), 253 (1968) and subsequent related resolutions". */
  resolutions?: string[];
  /** The chain continues with "subsequent related resolutions". */
  andSubsequent?: boolean;
  /** The committee established by the cited paragraph or resolution, when the target is that body. */
  committee?: boolean;
  /** The citation verbatim, as it appears in the text. */
  text?: string;
}

export type EffectAction =
  | 'impose'
  | 'extend'
  | 'amend'
  | 'replace'
  | 'suspend'
  | 'reinstate'
  | 'continue'
  | 'terminate'
  | 'exempt'
  | 'committee-mandate'
  | 'establish-committee'
  | 'dissolve-committee'
  | 'review';

export interface Effective {
  /** ISO date, YYYY-MM-DD. */
  date?: string;
  /** 24-hour local time, "23:59". */
  time?: string;
  /** Time zone as written: "EST" (eastern standard time). */
  zone?: string;
  /** Takes effect on adoption; the default when nothing else is given. */
  onAdoption?: boolean;
  /** "with immediate effect" */
  immediately?: boolean;
  /** The effect ceases after this date (sunset, deadline), ISO date. */
  until?: string;
  /**
   * Verbatim condition: "unless the Secretary-General … reports …". The effect takes hold as
   * stated unless `met` records that the condition was fulfilled; then it does not take hold.
   */
  condition?: string;
  /**
   * A condition precedent, verbatim: the effect takes hold only once a future act or finding of
   * the Council or the Secretary-General has happened ("once the Council agrees that …"). Until
   * `met` records it, the effect is pending and never applied.
   */
  awaits?: string;
  /** Delayed entry into force: "shall come into force ten days after the date of adoption". */
  after?: { days: number; from: 'adoption' };
  /** A user's record that the condition (`awaits` or `condition`) was fulfilled: when, and by what document. */
  met?: ConditionMet;
}

/** When and by what a condition was fulfilled, as a user records it. */
export interface ConditionMet {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** 24-hour local time, "00:01". */
  time?: string;
  zone?: string;
  /** The document recording it: "S/RES/948 (1994)". */
  by?: string;
  note?: string;
  /**
   * Which condition was fulfilled, where the effect has both: the condition precedent (`awaits`:
   * the effect then takes hold) or the "unless" (`condition`: the effect is then called off).
   * Absent: `awaits` where the effect has one, else `condition`.
   */
  of?: 'awaits' | 'condition';
}

export interface Effect {
  action: EffectAction;
  /** What the effect acts on; for `impose` without a target, the clause itself. */
  target?: Reference;
  effective?: Effective;
  /** Whether the change loosens or tightens the target (amend, extend, replace, exempt). */
  direction?: 'loosen' | 'tighten';
  /** The measures concerned, where narrower than the clause's `measures`. */
  measures?: MeasureCode[];
  /** Proposed by `bluedraft import` from the wording; a person confirms by deleting this flag. */
  inferred?: boolean;
  /** How sure the sources are that this effect exists as stated. */
  status?: Confirmation;
  note?: string;
}

/**
 * Negotiation text. Brackets are written in a clause's `text` as negotiators write them:
 * "[optional language]" or "[alternative 1 | alternative 2]". This list describes them in
 * order of appearance (the first bracket in the text is `brackets[0]`).
 */
export interface Bracket {
  state: 'open' | 'agreed';
  /** Delegations that proposed the bracket, or each alternative (same order as the options). */
  proposedBy?: string[];
  /**
   * When agreed: the 1-based option kept. 0 drops the bracketed language altogether.
   * For a single-option bracket, 1 keeps it and 0 drops it.
   */
  agreedOption?: number;
  note?: string;
}

interface ClauseBase {
  /** Stable identifier, independent of display numbering: pp_3, op_5, op_8__a__iii. */
  id: string;
  /** Verbatim official wording. Absent only where a `summary` stands in its place. */
  text?: string;
  /** Where `text` was taken from, when not the document named in `source` ("wording as reproduced by …"). */
  wordingFrom?: SourceRef;
  summary?: Summary;
  corrections?: Correction[];
  /** Citations the clause makes, in order of appearance. */
  references?: Reference[];
  brackets?: Bracket[];
  note?: string;
}

export interface PreambularParagraph extends ClauseBase {
  /** The `id` of the part (A, B, C …) the paragraph belongs to; absent before the first part. */
  part?: string;
}

/**
 * A lettered (a) or roman (i) subparagraph. An entry without `number` is unnumbered text
 * between or after lists ("notwithstanding any contracts …", "shall freeze such funds …");
 * the lettering of the entries after it starts again.
 */
export interface Subparagraph extends ClauseBase {
  /** Display label as printed: "a", "b" … or "i", "ii" … ("1", "A" where a list is numbered so); absent for unnumbered text. */
  number?: string;
  numberStatus?: Confirmation;
  subparagraphs?: Subparagraph[];
  /** The measures this subparagraph itself holds, where it is a provision of its own (8 (d): asset freeze). */
  measures?: MeasureCode[];
}

export interface OperativeParagraph extends ClauseBase {
  /** Display number. Absent where the sources do not confirm it ("paragraph not confirmed"). */
  number?: number;
  numberStatus?: Confirmation;
  /** A heading printed before this paragraph ("Arms embargo"). */
  heading?: string;
  subparagraphs?: Subparagraph[];
  effects?: Effect[];
  measures?: MeasureCode[];
  /** The `id` of the part (A, B, C …) the paragraph belongs to; absent before the first part. */
  part?: string;
}

/**
 * A part of a resolution divided into parts A, B, C …: each may have preambular paragraphs of its
 * own, and operative numbering runs on across parts. Paragraphs name their part by `part`.
 */
export interface ResolutionPart {
  /** Stable identifier: part_a, part_b … */
  id: string;
  /** The label as printed: "A", "B", "I". */
  label: string;
  /** A title printed with the label, if any. */
  title?: string;
}

export interface AnnexItem {
  id: string;
  /** Display label as printed: "I", "1", "a" or absent. */
  label?: string;
  text?: string;
  /** Where `text` was taken from, when not the document named in `source` ("wording as reproduced by …"). */
  wordingFrom?: SourceRef;
  summary?: Summary;
  /** For designation lists: name of the individual, entity or vessel. */
  name?: string;
  kind?: 'individual' | 'entity' | 'vessel' | 'item' | 'text';
  items?: AnnexItem[];
  corrections?: Correction[];
}

export interface Annex {
  id: string;
  /** "Annex", "Annex I" */
  label?: string;
  title?: string;
  items: AnnexItem[];
}

export interface DocumentDates {
  /** Adoption (resolutions) or the date of the vote. */
  adopted?: string;
  circulated?: string;
  /** Date of this revision of a draft. */
  revised?: string;
  voted?: string;
}

export interface ResolutionDocument {
  /** "S/RES/841 (1993)" for resolutions, "S/2017/769" for drafts; absent for unsymbolled drafts. */
  symbol?: string;
  kind: DocumentKind;
  /** Resolution number, for resolutions. */
  number?: number;
  year?: number;
  title?: string;
  agendaItem?: string;
  status: DocumentStatus;
  /** Revision label of a draft: "zero draft", "rev.1", "blue". */
  revision?: string;
  dates?: DocumentDates;
  /** Meeting number: 3238 for "3238th meeting". */
  meeting?: number;
  meetingStatus?: Confirmation;
  vote?: Vote;
  sponsors?: string[];
  penholder?: string;
  /** Regime id: "haiti", "southern-rhodesia", "libya", "dprk". */
  regime?: string;
  language: LanguageCode;
  completeness: Completeness;
  source?: SourceInfo;
  /** Document-level notes: what is summary and what is official, open questions. */
  notes?: string[];
  /** "The Security Council," as printed; defaults to that wording. */
  opening?: string;
  preamble: PreambularParagraph[];
  operative: OperativeParagraph[];
  /** The parts A, B, C … of a resolution divided into parts, in order. */
  parts?: ResolutionPart[];
  annexes?: Annex[];
}

/** Any numbered or unnumbered clause that carries text. */
export type Clause = PreambularParagraph | OperativeParagraph | Subparagraph;
