import type { Annex, AnnexItem, Summary } from '../../model/document.js';
import { SUMMARY_CLASS } from '../../render/document/akn/akn-text.js';
import { dataOf, elements, find, first, summaryText, textOf, type AknReading } from './akn-tree.js';
import type { ParsedElement } from './parse-xml.js';
import { labelOf } from './read-clauses.js';

const ITEMS = new Set(['point', 'paragraph', 'item', 'subparagraph', 'hcontainer', 'article', 'section']);

function readItem(node: ParsedElement, id: string, reading: AknReading): AnnexItem {
  const { summary: summaryData, ...data } = dataOf(node, reading);
  const item: AnnexItem = { id };
  const label = labelOf(first(node, 'num'), reading);
  if (label !== undefined) item.label = label;
  const heading = first(node, 'heading');
  if (heading) item.name = textOf(heading, reading);
  const blocks = [node, first(node, 'content'), first(node, 'intro')].flatMap((holder) => (holder ? elements(holder, 'p') : []));
  const texts = blocks.filter((b) => b.attributes.get('class') !== SUMMARY_CLASS).map((b) => textOf(b, reading)).filter((t) => t !== '');
  if (texts.length > 0) item.text = texts.join(' ');
  const summary = blocks.find((b) => b.attributes.get('class') === SUMMARY_CLASS);
  if (summary) item.summary = { ...(summaryData as Omit<Summary, 'text'>), text: summaryText(summary, reading) } as Summary;
  Object.assign(item, data);
  const children = elements(node).filter((c) => ITEMS.has(c.local));
  if (children.length > 0) item.items = children.map((child, k) => readItem(child, `${item.id}_${k + 1}`, reading));
  return item;
}

/** The annexes: each attachment's document, its label and title from its preface, its items from its body. */
export function readAnnexes(attachments: ParsedElement | undefined, reading: AknReading): Annex[] {
  return (attachments ? elements(attachments, 'attachment') : []).map((attachment, k) => {
    const data = dataOf(attachment, reading);
    const doc = elements(attachment)[0];
    const annex: Annex = { id: typeof data.id === 'string' ? data.id : `annex_${k + 1}`, items: [] };
    const label = find(first(doc, 'preface'), 'docNumber');
    if (label) annex.label = textOf(label, reading);
    const title = find(first(doc, 'preface'), 'docTitle');
    if (title) annex.title = textOf(title, reading);
    const body = first(doc, 'mainBody');
    const items = body ? elements(body).filter((c) => ITEMS.has(c.local)) : [];
    annex.items = items.map((item, j) => readItem(item, `${annex.id}_item_${j + 1}`, reading));
    if (items.length === 0 && body) {
      const text = elements(body, 'p').map((p) => textOf(p, reading)).filter((t) => t !== '');
      annex.items = text.map((t, j) => ({ id: `${annex.id}_item_${j + 1}`, text: t }));
    }
    return annex;
  });
}
