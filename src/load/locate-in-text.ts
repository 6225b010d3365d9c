import { yamlLibrary } from './yaml-library.js';
import type { DataPath, Locator, Position } from './locate.js';
import { scalarSourceMap } from './scalar-source.js';

/**
 * Positions in the YAML source of characters of the text value at `path`, by their offset in
 * the value: a message about one bracket or one citation in a long paragraph points at it, not
 * at the start of the paragraph. Falls back to the start of the value where it cannot be exact.
 * The value is mapped to its source once, so locating many characters of it stays linear.
 */
export function textLocator(source: string, locate: Locator, path: DataPath): (offset: number) => Position {
  const node = locate.node(path);
  const map = yamlLibrary().isScalar(node) ? scalarSourceMap(source, node) : undefined;
  return map ? (offset) => locate.at(map.offsetOf(offset)) : () => locate.value(path);
}

/** The position in the YAML source of the character at `offset` in the text value at `path` (see `textLocator`). */
export function locateInText(source: string, locate: Locator, path: DataPath, offset: number): Position {
  return textLocator(source, locate, path)(offset);
}
