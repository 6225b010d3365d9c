import { isScalar } from 'yaml';
import type { DataPath, Locator, Position } from './locate.js';
import { scalarSourceMap } from './scalar-source.js';

/**
 * The position in the YAML source of the character at `offset` in the text value at `path`:
 * a message about one bracket or one citation in a long paragraph points at it, not at the
 * start of the paragraph. Falls back to the start of the value where it cannot be exact.
 */
export function locateInText(source: string, locate: Locator, path: DataPath, offset: number): Position {
  const node = locate.node(path);
  const map = isScalar(node) ? scalarSourceMap(source, node) : undefined;
  return map ? locate.at(map.offsetOf(offset)) : locate.value(path);
}
