import type { Document, LineCounter, Node, Pair } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import type { DataPath, Position } from '../model/location.js';
import type { JsYamlPositions } from './js-yaml-positions.js';

export type { DataPath, Position } from '../model/location.js';

interface ParsedSource {
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/** Finds where a value lives in the YAML source, so that every message points at the right spot. */
export class Locator {
  private source: ParsedSource | (() => ParsedSource);
  private positions: JsYamlPositions | undefined | (() => JsYamlPositions | undefined);

  constructor(document: Document.Parsed, lineCounter: LineCounter);
  /**
   * A locator that parses its source only when first asked where something is: with `positions`
   * when they can be read (the cheaper way, see `JsYamlPositions`), else with `yaml`, which
   * `node` always needs.
   */
  constructor(parse: () => ParsedSource, positions?: () => JsYamlPositions | undefined);
  constructor(first: Document.Parsed | (() => ParsedSource), second?: LineCounter | (() => JsYamlPositions | undefined)) {
    this.source = typeof first === 'function' ? first : { document: first, lineCounter: second as LineCounter };
    this.positions = typeof second === 'function' ? second : undefined;
  }

  private get parsed(): ParsedSource {
    if (typeof this.source === 'function') this.source = this.source();
    return this.source;
  }

  private get plain(): JsYamlPositions | undefined {
    if (typeof this.positions === 'function') this.positions = this.positions();
    return this.positions;
  }

  /** The node at `path`, or undefined where the path does not lead to a node. */
  node(path: DataPath): Node | undefined {
    let current: unknown = this.parsed.document.contents;
    for (const step of path) {
      current = this.child(current, step);
      if (current === undefined || current === null) return undefined;
    }
    return current as Node;
  }

  /** Position of the value at `path`; of its key when the value is empty; else of the nearest ancestor. */
  value(path: DataPath): Position {
    if (this.plain) return this.plain.value(path);
    const node = this.node(path);
    const empty = yamlLibrary().isScalar(node) && node.value === null;
    if (node?.range && !empty) return this.at(node.range[0]);
    return path.length === 0 ? this.at(0) : this.key(path);
  }

  /** Position of the key that holds the value at `path` (the value's own position for list items). */
  key(path: DataPath): Position {
    if (this.plain) return this.plain.key(path);
    if (path.length === 0) return this.at(this.parsed.document.contents?.range?.[0] ?? 0);
    const parent = this.node(path.slice(0, -1));
    const last = path[path.length - 1]!;
    if (yamlLibrary().isMap(parent)) {
      const pair = parent.items.find((p) => yamlLibrary().isScalar(p.key) && String(p.key.value) === String(last));
      if (pair && yamlLibrary().isScalar(pair.key) && pair.key.range) return this.at(pair.key.range[0]);
    }
    const own = this.node(path)?.range;
    return own ? this.at(own[0]) : this.value(path.slice(0, -1));
  }

  at(offset: number): Position {
    if (this.plain) return this.plain.at(offset);
    return this.parsed.lineCounter.linePos(offset);
  }

  private child(node: unknown, step: string | number): unknown {
    if (yamlLibrary().isMap(node)) {
      const pair = node.items.find((p: Pair) => yamlLibrary().isPair(p) && yamlLibrary().isScalar(p.key) && String(p.key.value) === String(step));
      return pair?.value ?? undefined;
    }
    if (yamlLibrary().isSeq(node) && typeof step === 'number') return node.items[step];
    return undefined;
  }
}
