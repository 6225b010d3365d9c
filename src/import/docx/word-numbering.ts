import type { ParsedElement } from '../akn/parse-xml.js';
import { wAttr, wChild, wChildren, wInt, wVal } from './word-xml.js';
import type { WordStyles } from './word-styles.js';

/** One level (w:lvl) of a list definition. */
export interface ListLevel {
  start: number;
  format: string;
  /** w:lvlText: "%1.", "(%2)" …; absent where the level prints no number. */
  text?: string;
  /** w:lvlRestart: restart after this (1-based) level is used; 0: never. Absent: after any higher level. */
  restart?: number;
  /** w:isLgl: every number in the label printed as a decimal. */
  legal: boolean;
  /** w:pStyle: the paragraph style that takes this level. */
  styleId?: string;
}

interface AbstractList {
  levels: Map<number, ListLevel>;
  /** w:numStyleLink: the levels are those of the list the numbering style names. */
  numStyleLink?: string;
}

/** A list instance (w:num): its definition, and the levels it overrides. */
export interface ListInstance {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: ListLevel }>;
}

function readLevel(lvl: ParsedElement): ListLevel {
  const text = wVal(lvl, 'lvlText');
  const restart = wInt(wVal(lvl, 'lvlRestart'));
  const styleId = wVal(lvl, 'pStyle');
  const legal = wChild(lvl, 'isLgl');
  return {
    start: wInt(wVal(lvl, 'start')) ?? 0,
    format: wVal(lvl, 'numFmt') ?? 'decimal',
    legal: legal !== undefined && wAttr(legal, 'val') !== 'false' && wAttr(legal, 'val') !== '0',
    ...(text === undefined ? {} : { text }),
    ...(restart === undefined ? {} : { restart }),
    ...(styleId === undefined ? {} : { styleId }),
  };
}

function levelsOf(parent: ParsedElement): Map<number, ListLevel> {
  const levels = new Map<number, ListLevel>();
  for (const lvl of wChildren(parent, 'lvl')) {
    const ilvl = wInt(wAttr(lvl, 'ilvl'));
    if (ilvl !== undefined && ilvl >= 0 && ilvl <= 8) levels.set(ilvl, readLevel(lvl));
  }
  return levels;
}

/** numbering.xml: list definitions (w:abstractNum) and their instances (w:num) with overrides. */
export class WordLists {
  private readonly abstracts = new Map<string, AbstractList>();
  private readonly instances = new Map<string, ListInstance>();

  constructor(
    root: ParsedElement | undefined,
    private readonly styles: WordStyles,
  ) {
    for (const abstract of wChildren(root, 'abstractNum')) {
      const id = wAttr(abstract, 'abstractNumId');
      const link = wVal(abstract, 'numStyleLink');
      if (id !== undefined) this.abstracts.set(id, { levels: levelsOf(abstract), ...(link === undefined ? {} : { numStyleLink: link }) });
    }
    for (const num of wChildren(root, 'num')) {
      const id = wAttr(num, 'numId');
      const abstractId = wVal(num, 'abstractNumId');
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, { start?: number; level?: ListLevel }>();
      for (const override of wChildren(num, 'lvlOverride')) {
        const ilvl = wInt(wAttr(override, 'ilvl'));
        if (ilvl === undefined) continue;
        const start = wInt(wVal(override, 'startOverride'));
        const lvl = wChild(override, 'lvl');
        overrides.set(ilvl, { ...(start === undefined ? {} : { start }), ...(lvl ? { level: readLevel(lvl) } : {}) });
      }
      this.instances.set(id, { abstractId, overrides });
    }
  }

  instance(numId: string): ListInstance | undefined {
    return this.instances.get(numId);
  }

  /** The definition an instance numbers by: its abstract list, or, where that links to a numbering style, the list that style names. */
  definitionOf(instance: ListInstance): { id: string; levels: Map<number, ListLevel> } | undefined {
    let id = instance.abstractId;
    let abstract = this.abstracts.get(id);
    const seen = new Set<string>();
    while (abstract?.numStyleLink !== undefined && !seen.has(id)) {
      seen.add(id);
      const linked = this.styles.numbering(abstract.numStyleLink)?.numId;
      const next = linked === undefined ? undefined : this.instances.get(linked);
      if (!next) break;
      id = next.abstractId;
      abstract = this.abstracts.get(id);
    }
    return abstract ? { id, levels: abstract.levels } : undefined;
  }

  /** The level a style-linked paragraph takes when its style names no w:ilvl: the level whose w:pStyle is that style, else 0. */
  levelForStyle(instance: ListInstance, styleId: string | undefined): number {
    const levels = this.definitionOf(instance)?.levels;
    for (const [ilvl, level] of levels ?? []) if (styleId !== undefined && level.styleId === styleId) return ilvl;
    return 0;
  }
}
