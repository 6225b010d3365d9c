import type { AnnexItem, Bracket, Clause, OperativeParagraph, ResolutionDocument, Subparagraph, Summary } from '../../model/document.js';
import type { DataPath } from '../../model/paragraph-path.js';
import { scanBrackets, type BracketSpan } from '../../text/brackets.js';
import { agreedChoice, cleanBrackets } from '../../text/clean-brackets.js';
import { joinNames } from '../../text/join-names.js';
import { ordinal } from '../../text/ordinal.js';
import { formatDate } from '../report/lib/names.js';
import { noticeText, type ClauseMark } from '../../text/editorial-marks.js';
import { partGroups, type PartGroup } from './part-groups.js';

/** A negotiation bracket in a clause as printed, with the words that say who proposed it and where it stands. */
export interface BracketNote {
  /** Offset in the text just after the bracket's `]`. */
  end: number;
  /** Unique in the document: "op_3-1" for the first bracket of `op_3`. */
  label: string;
  description: string;
}

/** What a clause prints: the official wording (with its brackets) or an editorial summary, clearly ours. */
export type ClauseBody = { kind: 'official'; text: string; brackets: BracketNote[] } | { kind: 'summary'; summary: Summary };

export type Block =
  /** `part`: the label of a part A, B, C … alone on its line; `part-title`: its title. */
  | { kind: 'title' | 'header' | 'notice' | 'opening' | 'part' | 'part-title' | 'heading' | 'annex' | 'annex-title' | 'vote'; text: string }
  /** Our short title for the document (Markdown only: it is not part of the printed text). */
  | { kind: 'document-title'; text: string }
  /** `mark`: in editorial material, what the layout cannot show (a descriptive id, how sure the number is). */
  | { kind: 'preamble'; id: string; mark?: ClauseMark; body: ClauseBody }
  /**
   * `lead`: a paragraph with no words of its own before its first subparagraph ("10. (a) The
   * Government of India should …", S/RES/47 (1948)) prints that subparagraph on its own line:
   * `lead` is its label, `body` its words.
   */
  | { kind: 'operative'; id: string; number?: number; mark?: ClauseMark; body: ClauseBody; lead?: string }
  | { kind: 'subparagraph'; id: string; label?: string; depth: number; mark?: ClauseMark; body: ClauseBody }
  /** The summary of the clause just above, whose official wording (or a fragment of it) is printed. */
  | { kind: 'summary-of-above'; summary: Summary }
  | { kind: 'annex-item'; id: string; label?: string; depth: number; body: ClauseBody };

/** A bracket that keeps a clean text from being produced: still open, or agreed without saying which option. */
export interface UnsettledBracket {
  /** The clause's `text`, for locating the bracket in the file. */
  path: DataPath;
  clauseId: string;
  /** 0-based, in order of appearance in the text. */
  index: number;
  offset: number;
  /** The bracket as written: "[alternative 1 | alternative 2]". */
  written: string;
  bracket?: Bracket;
}

export interface Layout {
  blocks: Block[];
  unsettled: UnsettledBracket[];
}

export interface LayoutOptions {
  /** Drop agreed brackets, keeping the agreed option; unsettled brackets are listed instead. */
  clean?: boolean;
}

function describeBracket(span: BracketSpan, bracket: Bracket | undefined): string {
  if (!bracket) return 'Not described in the file (no `brackets` entry).';
  const options = span.options.length;
  const parts: string[] = [];
  if (bracket.state === 'open') parts.push('Open.');
  else {
    const choice = agreedChoice(span, bracket);
    parts.push(choice === undefined ? 'Agreed; the option kept is not recorded.' : choice === 0 ? 'Agreed: the bracketed language is dropped.' : options > 1 ? `Agreed: option ${choice} is kept.` : 'Agreed: the bracketed language is kept.');
  }
  const by = bracket.proposedBy ?? [];
  if (options > 1 && by.length === options) parts.push(`${by.map((d, i) => `Option ${i + 1} proposed by ${d}`).join('; ')}.`);
  else if (by.length > 0) parts.push(`Proposed by ${joinNames(by)}.`);
  if (bracket.note) parts.push(bracket.note);
  return parts.join(' ');
}

function header(document: ResolutionDocument): Block[] {
  const blocks: Block[] = [];
  if (document.kind === 'resolution' && document.number !== undefined && document.year !== undefined) {
    blocks.push({ kind: 'title', text: `RESOLUTION ${document.number} (${document.year})` });
    const adopted = document.dates?.adopted;
    if (document.meeting !== undefined || adopted) {
      const meeting = document.meeting !== undefined ? ` at its ${ordinal(document.meeting)} meeting` : '';
      blocks.push({ kind: 'header', text: `Adopted by the Security Council${meeting}${adopted ? `${meeting ? ',' : ''} on ${formatDate(adopted)}` : ''}` });
    }
  } else {
    if (document.symbol) blocks.push({ kind: 'title', text: document.symbol });
    const draft = /^rev/i.test(document.revision ?? '') ? 'revised draft resolution' : 'draft resolution';
    blocks.push({ kind: 'header', text: document.sponsors?.length ? `${joinNames(document.sponsors)}: ${draft}` : draft.charAt(0).toUpperCase() + draft.slice(1) });
    const date = document.dates?.revised ?? document.dates?.circulated;
    if (date) blocks.push({ kind: 'header', text: formatDate(date) });
  }
  if (document.title) blocks.push({ kind: 'document-title', text: document.title });
  return blocks;
}

function hasSummaries(document: ResolutionDocument): boolean {
  return JSON.stringify([document.preamble, document.operative, document.annexes ?? []]).includes('"summary":');
}

/**
 * Where "The Security Council," is printed in a text divided into parts: at the top, unless
 * every paragraph is in a part and the first part opens with a preamble of its own (S/RES/161
 * (1961): "A / The Security Council, / Having considered …"); and at the head of each part that
 * has a preamble of its own. Parts without one (S/RES/101 (1953): a common preamble, then
 * "A / 1. Finds …") go on from the opening above.
 */
function opensAtTop(groups: readonly PartGroup[]): boolean {
  const [common, first] = groups;
  return common!.preamble.length + common!.operative.length > 0 || first === undefined || first.preamble.length === 0;
}

/**
 * The subparagraph printed on its paragraph's own line: the first, where the paragraph has no
 * words (nor summary) of its own and that subparagraph has a label and no editorial mark to show.
 */
function leadingSubparagraph(paragraph: OperativeParagraph): Subparagraph | undefined {
  const first = paragraph.subparagraphs?.[0];
  if (paragraph.text !== undefined || paragraph.summary !== undefined || first === undefined) return undefined;
  return first.number !== undefined && first.id === `${paragraph.id}__${first.number.toLowerCase()}` && first.numberStatus === undefined ? first : undefined;
}

/**
 * The document as it is circulated, block by block: header, "The Security Council,", preambular
 * paragraphs, numbered operative paragraphs with their subparagraphs, and in a text divided into
 * parts A, B, C … each part's label, title, preamble and operative paragraphs in turn; annexes,
 * the vote. The plain-text and Markdown renderings are both made from this, so they never disagree.
 */
export function layoutDocument(document: ResolutionDocument, options: LayoutOptions = {}): Layout {
  const blocks = header(document);
  const unsettled: UnsettledBracket[] = [];
  if (document.completeness !== 'full' || hasSummaries(document)) {
    blocks.push({ kind: 'notice', text: noticeText(document.completeness) });
  }
  const opening = document.opening ?? 'The Security Council,';
  const groups = partGroups(document);
  if (opensAtTop(groups)) blocks.push({ kind: 'opening', text: opening });

  // An adopted resolution has no negotiation brackets: its square brackets ("[resolution 3 (1946)]") are official text.
  const negotiated = document.kind !== 'resolution';
  const body = (clause: Clause | AnnexItem, path: DataPath): ClauseBody => {
    const text = clause.text ?? ('name' in clause ? clause.name : undefined);
    if (text === undefined) return clause.summary ? { kind: 'summary', summary: clause.summary } : { kind: 'official', text: '', brackets: [] };
    if (!negotiated) return { kind: 'official', text, brackets: [] };
    const described = 'brackets' in clause ? clause.brackets : undefined;
    const spans = scanBrackets(text).brackets;
    if (!options.clean) {
      const brackets = spans.map((span, i) => ({ end: span.end, label: `${clause.id}-${i + 1}`, description: describeBracket(span, described?.[i]) }));
      return { kind: 'official', text, brackets };
    }
    const cleaned = cleanBrackets(text, described);
    if (cleaned.ok) return { kind: 'official', text: cleaned.text, brackets: [] };
    for (const index of cleaned.unsettled) {
      const span = spans[index]!;
      const found: UnsettledBracket = { path: [...path, 'text'], clauseId: clause.id, index, offset: span.start, written: text.slice(span.start, span.end) };
      const bracket = described?.[index];
      unsettled.push(bracket ? { ...found, bracket } : found);
    }
    return { kind: 'official', text, brackets: [] };
  };

  // Editorial material says what an official layout shows by itself: which clause it is, how sure its number is.
  const editorial = (clause: Clause) => document.completeness !== 'full' || clause.summary !== undefined;
  const summaryOfAbove = (clause: Clause) => {
    if (clause.text !== undefined && clause.summary) blocks.push({ kind: 'summary-of-above', summary: clause.summary });
  };
  const preamble = (index: number) => {
    const paragraph = document.preamble[index]!;
    const block: Block = { kind: 'preamble', id: paragraph.id, body: body(paragraph, ['preamble', index]) };
    blocks.push(editorial(paragraph) && paragraph.id !== `pp_${index + 1}` ? { ...block, mark: { kind: 'preamble', id: paragraph.id } } : block);
    summaryOfAbove(paragraph);
  };
  const subparagraphs = (parent: Clause, subs: Subparagraph[] | undefined, at: DataPath, depth: number, from = 0) => {
    for (const [index, sub] of (subs ?? []).entries()) {
      if (index < from) continue;
      const subAt = [...at, 'subparagraphs', index];
      const block: Extract<Block, { kind: 'subparagraph' }> = { kind: 'subparagraph', id: sub.id, depth, body: body(sub, subAt) };
      if (sub.number !== undefined) block.label = sub.number;
      const id = sub.number !== undefined && sub.id === `${parent.id}__${sub.number}` ? undefined : sub.id;
      if (editorial(sub) && (id !== undefined || sub.numberStatus)) block.mark = { kind: 'subparagraph', parent: parent.id, ...(id ? { id } : {}), ...(sub.numberStatus ? { numberStatus: sub.numberStatus } : {}) };
      blocks.push(block);
      summaryOfAbove(sub);
      subparagraphs(sub, sub.subparagraphs, subAt, depth + 1);
    }
  };
  const operative = (index: number) => {
    const paragraph = document.operative[index]!;
    if (paragraph.heading) blocks.push({ kind: 'heading', text: paragraph.heading });
    const block: Extract<Block, { kind: 'operative' }> = { kind: 'operative', id: paragraph.id, body: body(paragraph, ['operative', index]) };
    if (paragraph.number !== undefined) block.number = paragraph.number;
    // In a complete text a missing number is a slip fmt repairs; elsewhere it is a fact the sources leave open.
    const id = paragraph.number !== undefined && paragraph.id === `op_${paragraph.number}` ? undefined : paragraph.id;
    if (editorial(paragraph) && (id !== undefined || paragraph.numberStatus)) {
      block.mark = { kind: 'operative', ...(id ? { id } : {}), ...(paragraph.numberStatus ? { numberStatus: paragraph.numberStatus } : paragraph.number === undefined ? { unnumbered: true } : {}) };
    }
    const lead = block.mark === undefined ? leadingSubparagraph(paragraph) : undefined;
    if (lead === undefined) {
      blocks.push(block);
      summaryOfAbove(paragraph);
      subparagraphs(paragraph, paragraph.subparagraphs, ['operative', index], 1);
      return;
    }
    const leadAt = ['operative', index, 'subparagraphs', 0];
    blocks.push({ ...block, body: body(lead, leadAt), lead: lead.number! });
    summaryOfAbove(lead);
    subparagraphs(lead, lead.subparagraphs, leadAt, 2);
    subparagraphs(paragraph, paragraph.subparagraphs, ['operative', index], 1, 1);
  };
  for (const group of groups) {
    if (group.part) {
      blocks.push({ kind: 'part', text: group.part.label });
      if (group.part.title !== undefined) blocks.push({ kind: 'part-title', text: group.part.title });
      if (group.preamble.length > 0) blocks.push({ kind: 'opening', text: opening });
    }
    group.preamble.forEach(preamble);
    group.operative.forEach(operative);
  }
  for (const [a, annex] of (document.annexes ?? []).entries()) {
    blocks.push({ kind: 'annex', text: annex.label ?? 'Annex' });
    if (annex.title) blocks.push({ kind: 'annex-title', text: annex.title });
    const items = (list: AnnexItem[], at: DataPath, depth: number) => {
      for (const [i, item] of list.entries()) {
        const itemAt = [...at, i];
        const block: Block = { kind: 'annex-item', id: item.id, depth, body: body(item, itemAt) };
        blocks.push(item.label === undefined ? block : { ...block, label: item.label });
        if (item.items) items(item.items, [...itemAt, 'items'], depth + 1);
      }
    };
    items(annex.items, ['annexes', a, 'items'], 0);
  }
  if (document.vote?.record) blocks.push({ kind: 'vote', text: document.vote.record });
  return { blocks, unsettled };
}
