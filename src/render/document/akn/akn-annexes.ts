import type { Annex, AnnexItem } from '../../../model/document.js';
import { dataAttribute, leftover, withSummaryData } from './akn-data.js';
import { identification, type Addressed } from './akn-identification.js';
import { summaryBlock } from './akn-text.js';
import { element, type XmlElement } from './xml-tree.js';

/** An annex item as a `point`: its label as `num`, a listed name as `heading`, its wording or summary. */
function itemElement(item: AnnexItem, parent: string, k: number): XmlElement {
  const eid = `${parent}__point_${k + 1}`;
  const data = withSummaryData(leftover(item, ['label', 'name', 'text', 'summary', 'items']), item.summary);
  const blocks = [item.text !== undefined && element('p', {}, [item.text]), item.summary && summaryBlock(item.summary)].filter((b): b is XmlElement => b !== false && b !== undefined);
  const items = item.items ?? [];
  const inner = items.length === 0 ? [element('content', {}, blocks.length > 0 ? blocks : [element('p')])] : [blocks.length > 0 && element('intro', {}, blocks), ...items.map((child, j) => itemElement(child, eid, j))];
  return element('point', { eId: eid, ...dataAttribute(data) }, [item.label !== undefined && element('num', {}, [item.label]), item.name !== undefined && element('heading', {}, [item.name]), ...inner]);
}

/** An annex as an attachment: a `doc name="annex"` of its own, addressed as the `!annex_N` component. */
export function attachmentElement(annex: Annex, k: number, at: Omit<Addressed, 'component'>): XmlElement {
  const eid = `att_${k + 1}`;
  const preface = [annex.label !== undefined && element('p', { class: 'label' }, [element('docNumber', {}, [annex.label])]), annex.title !== undefined && element('p', { class: 'title' }, [element('docTitle', {}, [annex.title])])];
  const hasPreface = annex.label !== undefined || annex.title !== undefined;
  return element('attachment', { eId: eid, ...dataAttribute({ id: annex.id }) }, [
    element('doc', { name: 'annex' }, [
      element('meta', {}, [identification({ ...at, component: `!annex_${k + 1}` })]),
      hasPreface && element('preface', {}, preface),
      element('mainBody', {}, annex.items.length > 0 ? annex.items.map((item, j) => itemElement(item, eid, j)) : [element('p')]),
    ]),
  ]);
}
