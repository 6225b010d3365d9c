import type { PdfItem, PdfPage } from './pdf-item.js';
import type { LineMarker, PdfLine } from './pdf-line.js';

/** Items whose baselines differ by less than this share of their size stand on one line. */
const SAME_BASELINE = 0.3;
/** A row of text this much smaller than the line under it, and raised less than this above it, is set in superscript on that line. */
const SUPERSCRIPT_SIZE = 0.8;
const SUPERSCRIPT_RISE = 0.75;
/** A gap wider than this share of the size between two items is a space. */
const SPACE_GAP = 0.15;
/** What a footnote marker looks like: "1", "12", "*", "†". Other superscript ("er" in "1er", "e" in "9999e") is part of its word. */
const MARKER = /^(?:\d{1,3}|[*†‡§]{1,3})$/;
/** Letters of scripts written from right to left. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/gu;

interface Row {
  y: number;
  items: PdfItem[];
  raised: PdfItem[];
}

/** The size most of a row's letters are set in. */
function rowSize(items: readonly PdfItem[]): number {
  const weights = new Map<number, number>();
  for (const item of items) {
    const letters = item.text.trim().length;
    if (letters > 0) weights.set(item.size, (weights.get(item.size) ?? 0) + letters);
  }
  let best = 0;
  let weight = -1;
  for (const [size, w] of weights) if (w > weight || (w === weight && size > best)) [best, weight] = [size, w];
  return best || (items[0]?.size ?? 0);
}

/** Groups items into rows by baseline, from the top of the page down. */
function rows(items: readonly PdfItem[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const found: Row[] = [];
  for (const item of sorted) {
    const row = found.at(-1);
    if (row && row.y - item.y <= SAME_BASELINE * Math.max(item.size, rowSize(row.items))) row.items.push(item);
    else found.push({ y: item.y, items: [item], raised: [] });
  }
  return found;
}

function spanOf(items: readonly PdfItem[]): { x: number; xEnd: number } {
  return { x: Math.min(...items.map((i) => i.x)), xEnd: Math.max(...items.map((i) => i.x + i.width)) };
}

/** A row set small and just above the next row, within its width: superscript on that line. */
function isRaisedOver(row: Row, below: Row | undefined): below is Row {
  if (!below) return false;
  const size = rowSize(row.items);
  const under = rowSize(below.items);
  const span = spanOf(row.items);
  const base = spanOf(below.items);
  return size <= SUPERSCRIPT_SIZE * under && row.y - below.y <= SUPERSCRIPT_RISE * under && row.y > below.y && span.x >= base.x - under && span.xEnd <= base.xEnd + under;
}

/** Folds each superscript row into the line it stands on. */
function foldRaised(found: Row[]): Row[] {
  const out: Row[] = [];
  for (let k = 0; k < found.length; k++) {
    const row = found[k]!;
    const below = found[k + 1];
    if (isRaisedOver(row, below)) below.raised.push(...row.items, ...row.raised);
    else out.push(row);
  }
  return out;
}

function isRightToLeft(items: readonly PdfItem[]): boolean {
  const text = items.map((i) => i.text).join('');
  const rtl = text.match(RIGHT_TO_LEFT)?.length ?? 0;
  return rtl > text.replace(/\s/g, '').length / 2;
}

/** Joins a row's items in reading order into one line, footnote markers taken out. */
function lineOf(row: Row, page: number, index: number): PdfLine {
  const size = rowSize(row.items);
  const rtl = isRightToLeft(row.items);
  const all = [...row.items.map((item) => ({ item, raised: false })), ...row.raised.map((item) => ({ item, raised: true }))];
  all.sort((a, b) => (rtl ? b.item.x + b.item.width - (a.item.x + a.item.width) : a.item.x - b.item.x));
  let text = '';
  const markers: LineMarker[] = [];
  let edge: number | undefined;
  for (const { item, raised } of all) {
    const gap = edge === undefined ? 0 : rtl ? edge - (item.x + item.width) : item.x - edge;
    edge = rtl ? item.x : item.x + item.width;
    if (raised && MARKER.test(item.text.trim())) {
      markers.push({ offset: text.trimEnd().length, text: item.text.trim() });
      continue;
    }
    if (text !== '' && !raised && gap > SPACE_GAP * size && !text.endsWith(' ')) text += ' ';
    text += item.text;
  }
  const start = text.length - text.trimStart().length;
  const clean = text.trim().replace(/\s+/g, ' ');
  const span = spanOf(row.items);
  const shifted = markers.map((m) => ({ ...m, offset: Math.min(clean.length, Math.max(0, m.offset - start)) }));
  return { page, index, text: clean, ...span, y: row.y, size, markers: shifted };
}

/** The lines of text on a page, top to bottom, each in reading order (right to left for Arabic and Hebrew). */
export function pageLines(page: PdfPage): PdfLine[] {
  const found = foldRaised(rows(page.items)).filter((row) => row.items.some((item) => item.text.trim() !== ''));
  return found.map((row, k) => lineOf(row, page.number, k + 1));
}
