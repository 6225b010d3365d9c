import type { PdfLine } from './pdf-line.js';

/** The measures of a document's running text: the size most of it is set in, and the distance from one line to the next within a paragraph. */
export interface BodyGeometry {
  size: number;
  leading: number;
  /** Where the lines that continue a paragraph start (the text's left margin, and that of indented subparagraphs), in points. */
  margins: number[];
}

/** The value that occurs most often, each weighted; ties go to the smaller value. */
function mode(values: Iterable<[number, number]>): number | undefined {
  const weights = new Map<number, number>();
  for (const [value, weight] of values) weights.set(value, (weights.get(value) ?? 0) + weight);
  let best: number | undefined;
  let most = -1;
  for (const [value, weight] of weights) if (weight > most || (weight === most && best !== undefined && value < best)) [best, most] = [value, weight];
  return best;
}

const half = (value: number) => Math.round(value * 2) / 2;

/** The body text's size, leading and left margin, read from the lines of every page. */
export function bodyGeometry(pages: ReadonlyArray<readonly PdfLine[]>): BodyGeometry {
  const lines = pages.flat();
  const size = mode(lines.map((l) => [half(l.size), l.text.length])) ?? 10;
  const steps: Array<[number, number]> = [];
  const starts: Array<[number, number]> = [];
  for (const page of pages) {
    for (let k = 1; k < page.length; k++) {
      const [above, line] = [page[k - 1]!, page[k]!];
      const step = above.y - line.y;
      if (Math.abs(line.size - size) > 0.5 || Math.abs(above.size - size) > 0.5 || step < 0.9 * size || step > 2 * size) continue;
      steps.push([half(step), 1]);
    }
  }
  const leading = mode(steps) ?? 1.2 * size;
  for (const page of pages) {
    for (let k = 1; k < page.length; k++) {
      const [above, line] = [page[k - 1]!, page[k]!];
      if (Math.abs(above.y - line.y - leading) <= 1 && Math.abs(line.size - size) <= 0.5) starts.push([half(line.x), 1]);
    }
  }
  const counts = new Map<number, number>();
  for (const [x] of starts) counts.set(x, (counts.get(x) ?? 0) + 1);
  const margins = [...counts].filter(([, n]) => n >= 0.1 * starts.length).map(([x]) => x);
  return { size, leading, margins: margins.length > 0 ? margins : [Math.min(...lines.map((l) => l.x))] };
}
