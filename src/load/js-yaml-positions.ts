import jsyaml from 'js-yaml';
import { LineStarts } from './line-starts.js';
import type { DataPath, Position } from './locate.js';
import { JS_YAML_CORE_SCHEMA } from './parse-with-js-yaml.js';

/** A node as js-yaml's listener saw it: where it starts, and what it holds. */
interface PlainNode {
  start: number;
  kind: string | null;
  result: unknown;
  children: PlainNode[];
  /** Of a mapping: each key's start and its value, by the key as text. */
  pairs?: Map<string, { key: number; value: PlainNode }>;
}

/** Skips the spaces, line breaks and comments between `offset` and the next node. */
function nodeStart(text: string, offset: number): number {
  let at = offset;
  while (at < text.length) {
    const char = text[at];
    if (char === ' ' || char === '\n') at++;
    else if (char === '#') {
      const end = text.indexOf('\n', at);
      at = end < 0 ? text.length : end;
    } else break;
  }
  return at;
}

/**
 * Pairs a mapping's children as key, value, key, value. A block mapping ends with one more
 * attempt at a key that finds none: that last, empty child is not a key. Returns false when the
 * children do not pair up with the keys js-yaml produced.
 */
function pairUp(node: PlainNode): boolean {
  const children = node.children.length % 2 === 1 && node.children.at(-1)!.kind === null ? node.children.slice(0, -1) : node.children;
  const pairs = new Map<string, { key: number; value: PlainNode }>();
  for (let i = 0; i + 1 < children.length; i += 2) pairs.set(String(children[i]!.result), { key: children[i]!.start, value: children[i + 1]! });
  const keys = Object.keys(node.result as object);
  if (children.length !== 2 * keys.length || pairs.size !== keys.length || !keys.every((key) => pairs.has(key))) return false;
  node.pairs = pairs;
  return true;
}

/**
 * Where every key and value of a YAML text is, read by js-yaml's listener, for texts on the
 * common ground of `parseWithJsYaml`. Locating a few values this way costs a tenth of building
 * `yaml`'s full tree, which matters when hundreds of files each have one problem to point at.
 * Answers exactly as `Locator` does over `yaml`'s tree (test/load/js-yaml-positions.test.ts
 * holds the two side by side); undefined when the text is not plain or the listener's view does
 * not match the data, and the caller then asks `yaml`.
 */
export class JsYamlPositions {
  private constructor(
    private readonly root: PlainNode,
    private readonly lines: LineStarts,
  ) {}

  static read(text: string): JsYamlPositions | undefined {
    const stack: PlainNode[] = [];
    let root: PlainNode | undefined;
    let consistent = true;
    const listener = (event: 'open' | 'close', state: { position: number; kind: string | null; result: unknown }) => {
      if (event === 'open') {
        stack.push({ start: state.position, kind: null, result: null, children: [] });
        return;
      }
      const node = stack.pop()!;
      node.start = nodeStart(text, node.start);
      node.kind = state.kind;
      node.result = state.result;
      const only = node.children.length === 1 ? node.children[0]! : undefined;
      // Reading a node, js-yaml first tries it as a block mapping's key: a flow collection or a
      // scalar read that way is the node itself, seen twice. The inner view is the one to keep.
      if (only && only.result === node.result && typeof node.result === 'object' && node.result !== null) Object.assign(node, { children: only.children, pairs: only.pairs });
      else if (node.kind === 'scalar') node.children = [];
      else if (node.kind === 'mapping') consistent &&= pairUp(node);
      else if (node.kind === 'sequence') consistent &&= node.children.length === (node.result as unknown[]).length;
      const parent = stack.at(-1);
      if (parent) parent.children.push(node);
      else root = node;
    };
    try {
      jsyaml.load(text, { schema: JS_YAML_CORE_SCHEMA, listener } as jsyaml.LoadOptions);
    } catch {
      return undefined;
    }
    if (!root || !consistent) return undefined;
    return new JsYamlPositions(root, new LineStarts(text));
  }

  private node(path: DataPath): PlainNode | undefined {
    let current: PlainNode | undefined = this.root;
    for (const step of path) {
      if (current?.pairs) current = current.pairs.get(String(step))?.value;
      else if (current?.kind === 'sequence' && typeof step === 'number') current = current.children[step];
      else return undefined;
    }
    return current;
  }

  /** As `Locator.value`. */
  value(path: DataPath): Position {
    const node = this.node(path);
    if (node && node.result !== null) return this.at(node.start);
    return path.length === 0 ? this.at(0) : this.key(path);
  }

  /** As `Locator.key`. */
  key(path: DataPath): Position {
    if (path.length === 0) return this.at(this.root.start);
    const pair = this.node(path.slice(0, -1))?.pairs?.get(String(path.at(-1)));
    if (pair) return this.at(pair.key);
    const own = this.node(path);
    return own ? this.at(own.start) : this.value(path.slice(0, -1));
  }

  at(offset: number): Position {
    return this.lines.linePos(offset);
  }
}
