import type { CST } from 'yaml';

/**
 * Where the collections in a YAML token stream first nest deeper than `max`, as an offset into
 * the text; undefined when they never do. The token stream comes from `yaml`'s parser, which
 * works without recursion; the composer that turns it into a document recurses once per level
 * and exhausts the stack past some 800 levels, so this must run before it (the depth check on the
 * composed document, `checkStructure`, comes too late for such a text). Iterative, linear in the
 * number of tokens.
 */
export function tooDeepAt(tokens: readonly CST.Token[], max: number): number | undefined {
  const stack: Array<[CST.Token | undefined, number]> = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token === undefined) continue;
    if (token.type === 'document') {
      stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > max) return token.offset;
      for (const item of token.items) {
        if ('key' in item && item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}
