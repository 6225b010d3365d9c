import type { Element } from 'xast';
import type { ListFormat } from '../list-labels.js';
import { NS, val, w } from '../ooxml.js';

/** Half an inch, in twentieths of a point: one step of indentation. */
const STEP = 720;

/** A kind of list: operative paragraphs ("1.", depth 0) or subparagraphs at a depth ("(a)", depth 1 …). */
export interface ListKind {
  format: ListFormat;
  depth: number;
}

/**
 * numbering.xml: one abstract list per kind of list (format and depth: its label and hanging
 * indent), and one numbering instance per run of numbers, each starting where its run starts
 * (`startOverride`), so that every instance counts on its own from its first paragraph.
 */
export class Numbering {
  private readonly abstracts = new Map<string, number>();
  private readonly instances: Array<{ abstract: number; start: number }> = [];

  /** A new numbering instance of this kind, counting from `start`; its `w:numId`. */
  instance(kind: ListKind, start: number): number {
    const key = `${kind.format}/${kind.depth}`;
    let abstract = this.abstracts.get(key);
    if (abstract === undefined) {
      abstract = this.abstracts.size;
      this.abstracts.set(key, abstract);
    }
    this.instances.push({ abstract, start });
    return this.instances.length;
  }

  /** The part, or undefined when no paragraph is numbered. */
  part(): Element | undefined {
    if (this.instances.length === 0) return undefined;
    const abstracts = [...this.abstracts].map(([key, id]) => {
      const [format, depth] = key.split('/') as [ListFormat, string];
      const level = Number(depth);
      return w(
        'abstractNum',
        { abstractNumId: id },
        val('multiLevelType', 'singleLevel'),
        w('lvl', { ilvl: 0 }, val('start', 1), val('numFmt', format), val('suff', 'tab'), val('lvlText', level === 0 ? '%1.' : '(%1)'), val('lvlJc', 'left'), w('pPr', {}, w('ind', { left: STEP * (level + 1), hanging: STEP }))),
      );
    });
    const nums = this.instances.map(({ abstract, start }, i) => w('num', { numId: i + 1 }, val('abstractNumId', abstract), w('lvlOverride', { ilvl: 0 }, val('startOverride', start))));
    return w('numbering', { 'xmlns:w': NS.w }, abstracts, nums);
  }
}
