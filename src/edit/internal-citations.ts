/** A number or label in a citation, by its offsets in the text. */
export interface CitedToken {
  start: number;
  end: number;
  value: string;
}

/** "8 (a) (iii)": a paragraph number and the labels after it. */
export interface CitedPath {
  number: CitedToken;
  labels: CitedToken[];
}

export type CitedGroup = { kind: 'single'; path: CitedPath } | { kind: 'range'; from: CitedToken; to: CitedToken };

/** A citation of paragraphs of the present document: "paragraphs 5 to 9 above". */
export interface InternalCitation {
  start: number;
  end: number;
  /** The citation as written. */
  text: string;
  /** In order of writing: "3, 4 and 6 to 9" is 3, 4 and the range 6–9. */
  groups: CitedGroup[];
  /** "above" or "below" as written; absent for "of the present resolution" or a bare citation. */
  direction?: 'above' | 'below';
}

const ITEM = String.raw`\d+(?:\s*\(\s*[a-z]+\s*\))*`;
const SEPARATOR = String.raw`\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+`;
const CITATION = new RegExp(String.raw`\b(?:(operative|preambular)\s+)?[Pp]aragraphs?\s+(${ITEM}(?:(?:${SEPARATOR})${ITEM})*)`, 'dg');
const ITEM_AT = /(\d+)((?:\s*\(\s*[a-z]+\s*\))*)/dy;
const SEPARATOR_AT = new RegExp(SEPARATOR, 'y');
const LABEL = /\(\s*([a-z]+)\s*\)/dg;
const INTERNAL_SUFFIX = /^\s+(?:(above|below)\b|of\s+(?:this|the\s+present)\s+resolution\b)/;
/** "paragraph 5 of resolution 841 (1993)", "of the annex", "of the Agreement": another text's paragraph. */
const OTHER_TEXT_SUFFIX = /^\s+of\b/;
/** "… to (c)": a range of subparagraphs, which is not renumbered as a whole. */
const LABEL_RANGE_SUFFIX = /^\s+(?:to|and|or)\s+\(/;
/** "its paragraph 5 (a)": a paragraph of a resolution named just before. */
const OTHER_TEXT_PREFIX = /\b(?:its|their)\s+$/;

function parseGroups(list: string, offset: number): CitedGroup[] | undefined {
  const groups: CitedGroup[] = [];
  let at = 0;
  let rangeNext = false;
  while (at < list.length) {
    ITEM_AT.lastIndex = at;
    const item = ITEM_AT.exec(list);
    if (!item?.indices) return undefined;
    const [numberStart, numberEnd] = item.indices[1]!;
    const number = { start: offset + numberStart, end: offset + numberEnd, value: item[1]! };
    const labels = [...item[2]!.matchAll(LABEL)].map((m) => {
      const [start, end] = m.indices![1]!;
      const base = offset + item.indices![2]![0];
      return { start: base + start, end: base + end, value: m[1]! };
    });
    if (rangeNext) {
      const previous = groups.pop();
      if (previous?.kind !== 'single' || previous.path.labels.length > 0 || labels.length > 0) return undefined;
      groups.push({ kind: 'range', from: previous.path.number, to: number });
    } else groups.push({ kind: 'single', path: { number, labels } });
    at = ITEM_AT.lastIndex;
    if (at >= list.length) break;
    SEPARATOR_AT.lastIndex = at;
    const separator = SEPARATOR_AT.exec(list);
    if (!separator) return undefined;
    rangeNext = /\bto\b/.test(separator[0]);
    at = SEPARATOR_AT.lastIndex;
  }
  return groups;
}

/**
 * Finds the citations in a clause's text that point into the same document: "paragraph 2
 * above", "paragraphs 5 to 14 below", "paragraph 10", "operative paragraphs 3, 4, 5 and 6 of
 * this resolution", "paragraphs 5 to 9 of the present resolution". Citations of another text
 * ("paragraphs 5 to 9 of resolution 841 (1993)", "its paragraph 5 (a)") and of preambular
 * paragraphs are left out.
 */
export function findInternalCitations(text: string): InternalCitation[] {
  const found: InternalCitation[] = [];
  for (const match of text.matchAll(CITATION)) {
    if (match[1] === 'preambular') continue;
    const start = match.index;
    let end = start + match[0].length;
    const rest = text.slice(end);
    if (OTHER_TEXT_PREFIX.test(text.slice(0, start)) || LABEL_RANGE_SUFFIX.test(rest)) continue;
    const suffix = INTERNAL_SUFFIX.exec(rest);
    if (!suffix && OTHER_TEXT_SUFFIX.test(rest)) continue;
    const groups = parseGroups(match[2]!, match.indices![2]![0]);
    if (!groups) continue;
    if (suffix) end += suffix[0].length;
    const citation: InternalCitation = { start, end, text: text.slice(start, end), groups };
    if (suffix?.[1]) citation.direction = suffix[1] as 'above' | 'below';
    found.push(citation);
  }
  return found;
}
