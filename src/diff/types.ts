/**
 * The result of comparing two versions of a resolution or draft: `ResolutionDiff`. Plain data,
 * JSON-serialisable, documented field by field in docs/diff.md. Clause changes name both the
 * stable id and the display number on each side, so that a report can anchor and cite them.
 */
import type { Bracket, DocumentDates, DocumentKind, DocumentStatus, Effect, LanguageCode } from '../model/document.js';
import type { MeasureCode } from '../model/measures.js';

export const DIFF_VERSION = 1;

/** One run of a word-level redline. */
export interface RedlineSegment {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * A word-level redline. Concatenating the `equal` and `insert` segments gives the new wording
 * exactly; `equal` and `delete` give the old wording, up to whitespace (which is never a change).
 */
export interface Redline {
  segments: RedlineSegment[];
  /** The word diff exceeded its work budget and shows the whole clause replaced. */
  fallback: boolean;
}

export type Part = 'preamble' | 'operative';

export type ClauseChangeKind = 'unchanged' | 'reworded' | 'added' | 'removed' | 'moved' | 'renumbered' | 'split' | 'merged';

export const CLAUSE_CHANGE_KINDS: readonly ClauseChangeKind[] = ['unchanged', 'reworded', 'added', 'removed', 'moved', 'renumbered', 'split', 'merged'];

/** Where a clause stands in one of the two documents. */
export interface ClauseSide {
  /** The clause's stable id in that document. */
  id: string;
  /** The part the clause (or the paragraph it belongs to) is in. */
  part: Part;
  /**
   * In a resolution divided into parts A, B, C …: the label of the part a preambular or operative
   * paragraph is in ("A"), as printed. Absent for a paragraph before the first part, for a
   * subparagraph, and in a text not divided into parts.
   */
  inPart?: string;
  /** 0-based position among its siblings: preambular paragraphs, operative paragraphs, or one clause's subparagraphs. */
  index: number;
  /** The display number as printed: "5" for operative paragraph 5, "a" or "iii" for a subparagraph. Absent when unnumbered. */
  number?: string;
  /** The citation path, "5" or "8(a)(iii)", where the clause and all its parents are numbered. */
  path?: string;
  /**
   * The clause's wording, given only where the rest of the change does not already give it:
   * on every side of an added, removed, split or merged clause.
   */
  text?: string;
  /** The wording compared is an editorial summary standing in for official text. */
  summary?: true;
  /**
   * On a side of a split or merged clause that has subparagraphs: its subparagraphs, each with
   * its `text` (and its own subparagraphs likewise), in order.
   */
  subparagraphs?: ClauseSide[];
}

/** A change to a declared effect of an operative paragraph. */
export interface EffectChange {
  kind: 'added' | 'removed' | 'changed';
  old?: Effect;
  new?: Effect;
}

export interface MeasureChange {
  added: MeasureCode[];
  removed: MeasureCode[];
}

/** A change to a negotiation bracket inside a clause (see `diffBrackets`). */
export interface BracketChange {
  kind: 'added' | 'removed' | 'resolved' | 're-attributed';
  /** 0-based position among the clause's brackets, on each side where the bracket exists. */
  oldIndex?: number;
  newIndex?: number;
  old?: Bracket;
  new?: Bracket;
  /** The subparagraph holding the bracket, where it is not the clause the change is about. */
  clause?: string;
}

export interface ClauseChange {
  kind: ClauseChangeKind;
  /**
   * Unique within the diff and stable between runs, usable as a link target: the new id of
   * the clause, or `removed-<old id>` for a removed clause (ids never contain a hyphen).
   */
  anchor: string;
  /** The clause in the old document: none when added, several when merged. */
  old: ClauseSide[];
  /** The clause in the new document: none when removed, several when split. */
  new: ClauseSide[];
  /** How the two versions were paired: same id and wording, same wording, or similar wording. */
  matchedBy?: 'id' | 'text' | 'similarity';
  /** Similarity of the two versions (0–1, docs/diff.md), where they were paired by it. */
  similarity?: number;
  /**
   * The wording, word by word: for a reworded or moved clause, its own text where it changed;
   * for a split or merged clause, the old wording against the new, joined, each subparagraph's
   * after its label ("(a) ").
   */
  redline?: Redline;
  /** The heading printed before the paragraph, where it changed. */
  heading?: { old?: string; new?: string };
  /**
   * The part A, B, C … the paragraph is in, by label, where it went to another part (parts are
   * told apart by id): such a paragraph is `moved`. A side without a part has no entry.
   */
  inPart?: { old?: string; new?: string };
  /**
   * Changes among the clause's subparagraphs, in the same form and order; present only where
   * they differ (an added or removed paragraph lists its subparagraphs as added or removed).
   */
  subparagraphs?: ClauseChange[];
  /** Declared effects added, removed or changed. */
  effects?: EffectChange[];
  /** Measure codes added to or removed from the paragraph. */
  measures?: MeasureChange;
  /** Negotiation-bracket changes: added, removed, resolved (and which option won), re-attributed. */
  brackets?: BracketChange[];
}

/** The opening verb of an operative paragraph and the force it gives the paragraph. */
export interface OpeningVerb {
  /** As printed: "Decides", "Calls upon", "постановляет", "决定". */
  text: string;
  /** The English verb it stands for, lower case: "decides", "calls upon". */
  verb: string;
  /** *Decides* and *Demands* (and orders to subsidiary organs: *Instructs*, *Entrusts*) bind; the others exhort, ask or find (docs/diff.md). */
  force: 'binding' | 'non-binding';
}

export type ForceDirection = 'weakened' | 'strengthened' | 'changed';

export type ForceChange =
  | {
      kind: 'opening-verb';
      /** The clause change this concerns. */
      anchor: string;
      old: ClauseSide;
      new: ClauseSide;
      from: OpeningVerb;
      to: OpeningVerb;
      /** weakened: binding → non-binding; strengthened: the reverse; changed: another verb of the same force. */
      direction: ForceDirection;
    }
  | {
      kind: 'part';
      anchor: string;
      old: ClauseSide;
      new: ClauseSide;
      from: Part;
      to: Part;
      /** Operative → preamble loses all force (weakened); the reverse gains it (strengthened). */
      direction: Exclude<ForceDirection, 'changed'>;
    }
  | {
      kind: 'chapter-vii';
      /** Whether the document acts under Chapter VII of the Charter, before and after. */
      from: boolean;
      to: boolean;
      direction: Exclude<ForceDirection, 'changed'>;
      /** The clause that says "Acting under Chapter VII", in the document that has it. */
      anchor?: string;
    };

export type MetadataValue = string | number | boolean | string[];

/** A changed document field: `symbol`, `status`, `dates.revised`, `vote.inFavour`, `sponsors` … */
export interface MetadataChange {
  field: string;
  old?: MetadataValue;
  new?: MetadataValue;
  /** For lists (sponsors, abstentions …): the entries added and removed. */
  added?: string[];
  removed?: string[];
}

export interface AnnexEntryChange {
  kind: 'added' | 'removed' | 'changed';
  /** The entry's id on the side where it exists (the new side when changed). */
  id: string;
  label?: string;
  /** Name of the designated individual, entity or vessel. */
  name?: string;
  entryKind?: 'individual' | 'entity' | 'vessel' | 'item' | 'text';
  /** The entry's wording (of an added or removed entry). */
  text?: string;
  /** For a changed entry: its name before, where the name changed. */
  oldName?: string;
  /** For a changed entry: its wording, word by word. */
  redline?: Redline;
}

export interface AnnexChange {
  kind: 'added' | 'removed' | 'changed';
  /** The annex's id on the side where it exists (the new side when changed). */
  id: string;
  label?: string;
  title?: { old?: string; new?: string };
  entries: AnnexEntryChange[];
}

/**
 * A part A, B, C … of a resolution divided into parts, added, removed or changed: parts are
 * paired by id, as clauses are; a changed part was relabelled or retitled (or both).
 */
export interface PartChange {
  kind: 'added' | 'removed' | 'changed';
  /** The part's id on the side where it exists (the new side when changed). */
  id: string;
  /** Its label on that side ("B"). */
  label: string;
  /** Where the label changed ("relabelled"): before and after. */
  relabelled?: { old: string; new: string };
  /** Where the title changed: before and after, each absent where there is none. */
  title?: { old?: string; new?: string };
}

/** What a report needs to name a document in its title. */
export interface DocumentLabel {
  symbol?: string;
  kind: DocumentKind;
  status: DocumentStatus;
  revision?: string;
  title?: string;
  dates?: DocumentDates;
  language: LanguageCode;
}

export type KindCounts = Record<ClauseChangeKind, number>;

export interface DiffSummary {
  /** Preambular and operative paragraphs, by kind of change. */
  clauses: KindCounts;
  /** Subparagraphs (at any depth), by kind of change. */
  subparagraphs: KindCounts;
  force: Record<ForceDirection, number>;
  metadata: number;
  effects: { added: number; removed: number; changed: number };
  measures: { added: number; removed: number };
  annexEntries: { added: number; removed: number; changed: number };
  /** Parts A, B, C … added, removed and changed (given where either document is divided into parts). */
  parts?: { added: number; removed: number; changed: number };
  /** Negotiation-bracket changes, in paragraphs and subparagraphs (always given by `diffResolutions`). */
  brackets?: Record<BracketChange['kind'], number>;
  /**
   * Paragraphs whose wording is the same but whose negotiation brackets (in them or their
   * subparagraphs) changed: counted `unchanged` or `renumbered` above, with `brackets` set
   * (always given by `diffResolutions`).
   */
  bracketsOnly?: number;
}

export interface ResolutionDiff {
  version: typeof DIFF_VERSION;
  old: DocumentLabel;
  new: DocumentLabel;
  /** No difference at all, other than whitespace. */
  identical: boolean;
  summary: DiffSummary;
  metadata: MetadataChange[];
  /** Changes of legal force, the most important first: weakenings, then strengthenings. */
  force: ForceChange[];
  /**
   * Every preambular and operative paragraph, unchanged ones included, in the order of the new
   * document, each removed paragraph placed after the paragraph that preceded it in the old one.
   */
  clauses: ClauseChange[];
  annexes: AnnexChange[];
  /** Parts A, B, C … added, removed, relabelled or retitled, in the order of the new document, removed ones last; present where either document is divided into parts. */
  parts?: PartChange[];
}
