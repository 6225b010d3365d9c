import { Document, isMap, isScalar, isSeq, Scalar, visit, type Node } from 'yaml';
import type { ResolutionDocument } from '../model/document.js';

/** Key order of a resolution file, as in docs/format.md; unknown keys follow in their own order. */
const DOCUMENT_KEYS = ['symbol', 'kind', 'number', 'year', 'title', 'agendaItem', 'status', 'revision', 'dates', 'meeting', 'meetingStatus', 'vote', 'sponsors', 'penholder', 'regime', 'language', 'completeness', 'source', 'notes', 'opening', 'parts', 'preamble', 'operative', 'annexes'];
const CLAUSE_KEYS = ['id', 'part', 'number', 'numberStatus', 'label', 'name', 'kind', 'heading', 'title', 'text', 'wordingFrom', 'summary', 'note', 'corrections', 'references', 'subparagraphs', 'items', 'measures', 'effects', 'brackets'];
const EFFECT_KEYS = ['action', 'target', 'effective', 'direction', 'measures', 'status', 'note', 'inferred'];
const REFERENCE_KEYS = ['resolution', 'resolutions', 'andSubsequent', 'paragraphs', 'clauses', 'committee', 'text'];
const OTHER_KEYS = ['ref', 'rank', 'adopted', 'circulated', 'revised', 'voted', 'date', 'time', 'zone', 'immediately', 'onAdoption', 'until', 'condition', 'file', 'origin', 'note', 'retrieved', 'original', 'corrected', 'reason', 'sources', 'status'];

function keyOrder(parentKey: string | undefined, value: Record<string, unknown>): string[] {
  if (parentKey === undefined) return DOCUMENT_KEYS;
  if (parentKey === 'effects') return EFFECT_KEYS;
  if (parentKey === 'target' || parentKey === 'references') return REFERENCE_KEYS;
  if ('id' in value) return CLAUSE_KEYS;
  return OTHER_KEYS;
}

/** A copy of `value` with every object's keys in the documented order. */
function ordered(value: unknown, parentKey?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, parentKey));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const order = keyOrder(parentKey, record);
  const keys = Object.keys(record).sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
  });
  return Object.fromEntries(keys.filter((k) => record[k] !== undefined).map((k) => [k, ordered(record[k], k)]));
}

/** Text longer than this is written as a folded block (`>-`), wrapped for reading. */
const FOLD_AT = 80;

/**
 * Renders a document as YAML: the schema line first, keys in the documented order, long text as
 * folded blocks, citations and targets as one-line maps. The result loads back to equal data.
 */
export function writeYaml(document: ResolutionDocument, schemaPath: string): string {
  const doc = new Document(ordered(document));
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value as Node | null;
      if ((key === 'target' || key === 'paragraphs' || key === 'resolutions' || key === 'measures' || key === 'clauses') && (isMap(value) || isSeq(value))) value.flow = true;
      if (key === 'references' && isSeq(value)) for (const item of value.items) if (isMap(item) && JSON.stringify(item.toJSON()).length <= 96) item.flow = true;
      if (key === 'corrections' && isSeq(value)) for (const item of value.items) if (isMap(item) && JSON.stringify(item.toJSON()).length <= 96) item.flow = true;
    },
    Scalar(key, node) {
      if (key === 'value' && typeof node.value === 'string' && /^\d{1,2}:\d{2}$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
      else if (typeof node.value === 'string' && node.value.length > FOLD_AT && !/\n/.test(node.value) && !/^\s|\s$|\s{2}/.test(node.value)) node.type = Scalar.BLOCK_FOLDED;
    },
  });
  // Values inside one-line maps must stay on the line.
  visit(doc, {
    Map(_, map) {
      if (!map.flow) return;
      visit(map, { Scalar(__, node) { if (node.type === Scalar.BLOCK_FOLDED) node.type = Scalar.QUOTE_DOUBLE; } });
    },
  });
  return `# yaml-language-server: $schema=${schemaPath}\n${doc.toString({ lineWidth: 100, minContentWidth: 40 })}`;
}
