import type { Element } from 'xast';
import { sideText } from '../../../diff/redline.js';
import { normaliseSpace } from '../../../diff/clause-units.js';
import type { ResolutionDiff } from '../../../diff/types.js';
import type { ResolutionDocument } from '../../../model/document.js';
import { layoutDocument } from '../../document/layout.js';
import { blockProperties, blockRuns } from '../block-paragraph.js';
import { blockText, type BlockText } from '../block-text.js';
import { documentElement } from '../document-element.js';
import { listRuns } from '../list-runs.js';
import { w } from '../ooxml.js';
import { coreProperties } from '../package/core-properties.js';
import { docxPackage } from '../package/docx-package.js';
import { Numbering } from '../package/numbering.js';
import { settingsPart } from '../package/settings.js';
import { stylesPart } from '../package/styles.js';
import { paragraph, type ParagraphProperties } from '../paragraph.js';
import { Comments } from '../package/comments.js';
import { blockElements } from '../report/mdast-blocks.js';
import { Revisions, revisionDate } from '../revisions.js';
import { comparisonCover } from './comparison-cover.js';
import { redlineRuns } from './redline-runs.js';
import { trackedNumbering, type StepNumbering } from './tracked-numbering.js';
import { trackedSteps, type Step } from './tracked-steps.js';
import { documentUnits } from './units.js';

export interface ComparisonOptions {
  /** The name Word shows for every tracked change (default "bluedraft"). */
  author?: string;
  /** The date of the changes (default: now). */
  date?: Date;
}

/** One text of the comparison: its blocks as Word paragraphs. */
class Side {
  readonly texts: Array<BlockText | undefined>;
  readonly marks;
  readonly units;
  constructor(document: ResolutionDocument) {
    const blocks = layoutDocument(document).blocks;
    this.marks = listRuns(blocks);
    this.texts = blocks.map((block, i) => blockText(block, document.language, this.marks.has(i)));
    this.units = documentUnits(blocks);
  }
  key(block: number): string {
    const text = this.texts[block];
    return text ? `${text.style}\u0000${text.text}` : `\u0001${block}`;
  }
}

/** What the paragraphs of the comparison are written with: who made the changes, the comments, the open move ranges. */
interface Writing {
  revisions: Revisions;
  comments: Comments;
  ranges: Map<string, number>;
}

/** A paragraph of one text only: inserted or deleted, or one end of a move, with its range marks and its comment. */
function oneSideParagraph(step: Extract<Step, { in: 'old' | 'new' }>, text: BlockText, properties: ParagraphProperties, writing: Writing): Element {
  const { revisions, ranges } = writing;
  const deleted = step.in === 'old';
  const kind = step.move ? (deleted ? 'moveFrom' : 'moveTo') : deleted ? 'del' : 'ins';
  const tracked = w(kind, revisions.mark(), blockRuns(text, { deleted }));
  const runs = step.comment === undefined ? [tracked] : writing.comments.anchor(step.comment, [tracked]);
  if (!step.move) return paragraph({ ...properties, mark: { kind, attributes: revisions.mark() } }, runs);
  const rangeKey = `${kind}:${step.move.move}`;
  const start = step.move.first ? revisions.mark() : undefined;
  if (start) ranges.set(rangeKey, start.id as number);
  return paragraph(
    { ...properties, mark: { kind, attributes: revisions.mark() } },
    start && w(`${kind}RangeStart`, { ...start, name: `move${step.move.move}` }),
    runs,
    step.move.last && w(`${kind}RangeEnd`, { id: ranges.get(rangeKey) }),
  );
}

function stepParagraph(step: Step, sides: { old: Side; new: Side }, numbering: StepNumbering, writing: Writing): Element | undefined {
  const { revisions } = writing;
  const text = step.in === 'both' ? sides.new.texts[step.new] : sides[step.in].texts[step.block];
  if (!text) return undefined;
  const properties = blockProperties(text, numbering.numId);
  if (step.in !== 'both') return oneSideParagraph(step, text, properties, writing);
  if (numbering.former) properties.formerNumId = { numId: numbering.former.numId, attributes: revisions.mark() };
  if (!step.redline) return paragraph(properties, blockRuns(text));
  const old = sides.old.texts[step.old]!;
  return paragraph(properties, redlineRuns(step.redline, { old: old.italic, new: text.italic }, revisions));
}

/**
 * The comparison as a Word document with real tracked changes (docs/word-output.md): a cover
 * with bluedraft's summary, labelled as such; then the new text in the UN layout, every change
 * from the old one tracked: reworded words as insertions and deletions inside their paragraph,
 * added and deleted paragraphs (and parts, headings, header lines) as inserted and deleted
 * paragraphs, a moved paragraph as Word's move; where a paragraph was moved, split or merged, a
 * comment on its new place says so, in the Markdown report's words ("Split: OP 6 became OP 6
 * and OP 7."). Accepting all changes gives the new text,
 * rejecting all gives the old one; paragraph numbers and subparagraph labels are Word numbering.
 * Built from `diff` (the result of `diffResolutions(old, updated)`): nothing is compared again.
 */
export function comparisonDocx(old: ResolutionDocument, updated: ResolutionDocument, diff: ResolutionDiff, options: ComparisonOptions = {}): Uint8Array {
  const author = options.author ?? 'bluedraft';
  const revisions = new Revisions(author, revisionDate(options.date ?? new Date()));
  const sides = { old: new Side(old), new: new Side(updated) };
  const steps = trackedSteps(diff, sides.old.units, sides.new.units, {
    oldKey: (block) => sides.old.key(block),
    newKey: (block) => sides.new.key(block),
    redlineFits: (o, n) => {
      const [a, b] = [sides.old.texts[o], sides.new.texts[n]];
      return a?.wording !== undefined && b?.wording !== undefined && a.style === b.style && sides.old.marks.has(o) === sides.new.marks.has(n);
    },
  });
  // A redline that does not give both wordings (it never should) is shown as the paragraph deleted and inserted.
  const checked = steps.flatMap((step): Step[] => {
    if (step.in !== 'both' || !step.redline) return [step];
    const fits = sideText(step.redline, 'new') === sides.new.texts[step.new]!.wording && normaliseSpace(sideText(step.redline, 'old')) === normaliseSpace(sides.old.texts[step.old]!.wording!);
    return fits ? [step] : [{ in: 'old', block: step.old }, { in: 'new', block: step.new }];
  });
  const numbering = new Numbering();
  const numbers = trackedNumbering(checked, sides.old.marks, sides.new.marks, numbering);
  const writing: Writing = { revisions, comments: new Comments(revisions), ranges: new Map() };
  const body = checked.flatMap((step, i) => stepParagraph(step, sides, numbers[i]!, writing) ?? []);
  const cover = comparisonCover(diff, author).flatMap((node) => blockElements(node));
  const pageBreak = paragraph({}, w('r', {}, w('br', { type: 'page' })));
  const numberingPart = numbering.part();
  const commentsPart = writing.comments.part();
  return docxPackage({
    document: documentElement(cover, pageBreak, body),
    styles: stylesPart(updated.language),
    settings: settingsPart({ trackRevisions: true }),
    core: coreProperties(`Changes to ${updated.symbol ?? updated.title ?? 'the draft'}`),
    ...(numberingPart ? { numbering: numberingPart } : {}),
    ...(commentsPart ? { comments: commentsPart } : {}),
  });
}
