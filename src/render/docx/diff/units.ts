import type { Block } from '../../document/layout.js';

/**
 * A clause of a laid-out document with the blocks that go with it: the blocks printed before it
 * (a part's label and title, its "The Security Council,", a heading), its own block and the
 * summary printed under it, and its subparagraphs, each a unit too. Block numbers are indexes
 * into the layout.
 */
export interface Unit {
  id: string;
  lead: number[];
  own: number[];
  children: Unit[];
}

/** A layout cut into what comes before the first clause, the clauses, and what comes after the last. */
export interface DocumentUnits {
  head: number[];
  units: Unit[];
  tail: number[];
}

const LEAD_KINDS = new Set<Block['kind']>(['part', 'part-title', 'heading', 'opening']);

/** The block numbers of a unit and its subparagraphs, in order. */
export function unitBlocks(unit: Unit): number[] {
  return [...unit.lead, ...unit.own, ...unit.children.flatMap(unitBlocks)];
}

/** The clause's own block is the paragraph line of the layout: what a redline of its wording applies to. */
function attach(blocks: readonly Block[], index: number, lead: number[], stack: Unit[], top: Unit[]): void {
  const block = blocks[index]!;
  const depth = block.kind === 'subparagraph' ? block.depth : 0;
  const unit: Unit = { id: 'id' in block ? block.id : String(index), lead, own: [index], children: [] };
  // A paragraph printed with its first subparagraph on its own line ("10. (a) …") holds that subparagraph's subparagraphs at depth 2.
  const levels = block.kind === 'operative' && block.lead !== undefined ? 2 : 1;
  stack.length = Math.min(stack.length, depth);
  if (depth === 0) top.push(unit);
  else (stack[depth - 1] ?? stack.at(-1) ?? top.at(-1)!).children.push(unit);
  stack[depth] = unit;
  if (levels === 2) stack[depth + 1] = unit;
}

/**
 * Cuts a layout into units: the head (title, header lines, notice, the opening "The Security
 * Council,"), one unit per preambular and operative paragraph, and the tail (annexes, vote).
 * Every block belongs to exactly one of them, in the layout's order.
 */
export function documentUnits(blocks: readonly Block[]): DocumentUnits {
  const isClause = (block: Block) => block.kind === 'preamble' || block.kind === 'operative';
  const first = blocks.findIndex(isClause);
  if (first < 0) return { head: blocks.map((_, i) => i), units: [], tail: [] };
  let headEnd = first;
  while (headEnd > 0 && LEAD_KINDS.has(blocks[headEnd - 1]!.kind)) headEnd--;
  // The document's own opening, after its header, belongs to the head; a part's opening, after the part's label, to its first paragraph.
  if (blocks[headEnd]?.kind === 'opening' && (headEnd === 0 || !['part', 'part-title'].includes(blocks[headEnd - 1]!.kind))) headEnd++;
  const head = blocks.slice(0, headEnd).map((_, i) => i);
  const units: Unit[] = [];
  const stack: Unit[] = [];
  let lead: number[] = [];
  let index = headEnd;
  for (; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (isClause(block) || block.kind === 'subparagraph') {
      attach(blocks, index, lead, stack, units);
      lead = [];
    } else if (block.kind === 'summary-of-above' && stack.length > 0) stack.at(-1)!.own.push(index);
    else if (LEAD_KINDS.has(block.kind) && blocks.slice(index).some(isClause)) lead.push(index);
    else break;
  }
  const tail = [...lead, ...blocks.slice(index).map((_, i) => index + i)];
  return { head, units, tail };
}
