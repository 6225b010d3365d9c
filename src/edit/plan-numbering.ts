import type { OperativeParagraph, ResolutionDocument, Subparagraph } from '../model/document.js';
import type { DataPath } from '../model/paragraph-path.js';
import { expectedLabel, toRoman, type LabelStyle } from '../model/numbering.js';
import { numberingRestartsInParts, opensPart } from '../model/part-numbering.js';
import type { EditOperation } from './edit-plan.js';

/** One display number fmt changes, for the report. */
export interface Renumbering {
  id: string;
  /** The number or label as it was; absent for a paragraph that had none. */
  from?: string;
  to: string;
  /** 0 for an operative paragraph, 1 for (a), 2 for (i) … */
  depth: number;
}

export interface NumberingPlan {
  operations: EditOperation[];
  renumbered: Renumbering[];
  /** The document as it will read once renumbered. */
  document: ResolutionDocument;
}

const ROMAN_NUMERALS = new Set(Array.from({ length: 100 }, (_, i) => toRoman(i + 1)));

/**
 * Whether a run of subparagraph labels, as a person left it after inserting, deleting or
 * moving entries, is lettered or roman. "c", "d" and "x" are both letters and numerals: a run
 * counts as roman when it holds "i", a numeral of several letters, or sits at the depth of
 * (i), (ii) under (a), (b).
 */
function runStyle(labels: readonly string[], depth: number): LabelStyle {
  const roman = labels.every((l) => ROMAN_NUMERALS.has(l)) && (labels.includes('i') || labels.some((l) => l.length > 1) || depth >= 2);
  return roman ? 'roman' : 'letter';
}

function relabel(subs: Subparagraph[] | undefined, at: DataPath, depth: number, plan: NumberingPlan): void {
  if (!subs) return;
  let run: Array<{ sub: Subparagraph; index: number }> = [];
  const flush = () => {
    const style = runStyle(
      run.map(({ sub }) => sub.number!),
      depth,
    );
    for (const [n, { sub, index }] of run.entries()) {
      const want = expectedLabel(style, n + 1);
      if (sub.number === want) continue;
      plan.operations.push({ kind: 'replace-in-text', path: [...at, 'subparagraphs', index, 'number'], replacements: [{ start: 0, end: sub.number!.length, text: want }] });
      plan.renumbered.push({ id: sub.id, from: sub.number!, to: want, depth });
      sub.number = want;
    }
    run = [];
  };
  for (const [index, sub] of subs.entries()) {
    if (sub.number === undefined) flush();
    else run.push({ sub, index });
    relabel(sub.subparagraphs, [...at, 'subparagraphs', index], depth + 1, plan);
  }
  flush();
}

/**
 * Numbers the operative paragraphs of a complete draft 1, 2, 3 … in the order they stand, and
 * letters each run of subparagraphs (a), (b) … or (i), (ii) …, giving a number to a paragraph a
 * person inserted without one. Ids do not change: they are how references find their clause.
 * In a draft divided into parts A, B, C … the numbers run on across parts, or start again at 1
 * in each part where the draft numbers its parts so (`numberingRestartsInParts`).
 */
export function planNumbering(document: ResolutionDocument): NumberingPlan {
  const plan: NumberingPlan = { operations: [], renumbered: [], document: structuredClone(document) };
  const restarts = numberingRestartsInParts(document);
  let want = 0;
  for (const [index, paragraph] of plan.document.operative.entries()) {
    want = restarts && opensPart(plan.document.operative, index) ? 1 : want + 1;
    const at = ['operative', index];
    if (paragraph.number !== want) {
      plan.operations.push(paragraph.number === undefined ? { kind: 'add-key', path: at, key: 'number', value: want } : { kind: 'set-number', path: [...at, 'number'], value: want });
      plan.renumbered.push(withFrom({ id: paragraph.id, to: String(want), depth: 0 }, paragraph));
      paragraph.number = want;
    }
    relabel(paragraph.subparagraphs, at, 1, plan);
  }
  return plan;
}

function withFrom(renumbering: Renumbering, paragraph: OperativeParagraph): Renumbering {
  return paragraph.number === undefined ? renumbering : { ...renumbering, from: String(paragraph.number) };
}
