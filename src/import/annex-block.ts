import type { Annex, AnnexItem } from '../model/document.js';
import { locatedFrom, type LocatedText } from './located-input.js';
import { firstLine, type Block } from './text-blocks.js';

const ANNEX_ITEM = /^([IVX]+|\d{1,2}|[a-z])\.\s+/;
const BULLET = /^[-–•]\s+/;

/** Adds a block of an annex: its title first, then its items, a bullet under the item before it. */
export function readAnnexBlock(annex: Annex, block: Block, whole: LocatedText): void {
  const first = firstLine(block);
  const text = (skip: number) => locatedFrom(whole, skip).text;
  const labelled = ANNEX_ITEM.exec(first);
  const bullet = block.bullet ? ['', ''] : BULLET.exec(first);
  if (annex.items.length === 0 && annex.title === undefined && !labelled && !bullet) {
    annex.title = text(0);
    return;
  }
  if (bullet && annex.items.length > 0) {
    const parent = annex.items.at(-1)!;
    const items = (parent.items ??= []);
    items.push({ id: `${parent.id}__${items.length + 1}`, kind: 'item', text: text(bullet[0]!.length) });
    return;
  }
  const item: AnnexItem = { id: `${annex.id}__item_${annex.items.length + 1}`, kind: 'item', text: text(labelled?.[0].length ?? bullet?.[0]!.length ?? 0) };
  if (labelled) item.label = labelled[1]!;
  annex.items.push(item);
}
