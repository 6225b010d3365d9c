import type { Scalar } from 'yaml';

/** Where each character of a scalar's value sits in the YAML source. */
export interface ScalarSourceMap {
  /**
   * Source offset of the value's character at `index`. Exact for every character that is not
   * a space, tab or line break; such whitespace may have been folded, so it maps to the
   * character that follows it.
   */
  offsetOf(index: number): number;
}

/** YAML folds and indents only these; every other character reaches the value unchanged. */
const FOLDABLE = new Set([' ', '\t', '\n', '\r']);

const DOUBLE_QUOTED_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

interface SourceCharacter {
  char: string;
  offset: number;
}

/** The characters a scalar's source contributes to its value, before folding, with their offsets. */
function sourceCharacters(source: string, node: Scalar): SourceCharacter[] | undefined {
  const [start, end] = node.range ?? [];
  if (start === undefined || end === undefined) return undefined;
  const out: SourceCharacter[] = [];
  switch (node.type) {
    case 'PLAIN':
      for (let i = start; i < end; i++) out.push({ char: source[i]!, offset: i });
      return out;
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL': {
      // The header line (">-", "|2", and any comment after it) is not content.
      const body = source.indexOf('\n', start);
      for (let i = body < 0 ? end : body + 1; i < end; i++) out.push({ char: source[i]!, offset: i });
      return out;
    }
    case 'QUOTE_SINGLE':
      for (let i = start + 1; i < end - 1; i++) {
        out.push({ char: source[i]!, offset: i });
        if (source[i] === "'") i++;
      }
      return out;
    case 'QUOTE_DOUBLE':
      for (let i = start + 1; i < end - 1; i++) {
        if (source[i] !== '\\') {
          out.push({ char: source[i]!, offset: i });
          continue;
        }
        const code = source[i + 1]!;
        const hex = HEX_ESCAPE_LENGTH[code];
        if (hex !== undefined) {
          for (const unit of String.fromCodePoint(parseInt(source.slice(i + 2, i + 2 + hex), 16)).split('')) out.push({ char: unit, offset: i });
          i += 1 + hex;
        } else if (code === '\n' || code === '\r') {
          i++; // an escaped line break joins the lines without a space
        } else if (DOUBLE_QUOTED_ESCAPES[code] !== undefined) {
          out.push({ char: DOUBLE_QUOTED_ESCAPES[code], offset: i });
          i++;
        } else return undefined;
      }
      return out;
    default:
      return undefined;
  }
}

/**
 * Maps a scalar's value back to its source text, so that a message can point at the very
 * character it concerns and an edit can change a few characters without re-writing (and
 * re-folding) the person's text. Undefined when the source and the value do not line up,
 * which callers treat as "cannot be located exactly".
 */
export function scalarSourceMap(source: string, node: Scalar): ScalarSourceMap | undefined {
  if (typeof node.value !== 'string') return undefined;
  const value = node.value;
  const characters = sourceCharacters(source, node)?.filter((c) => !FOLDABLE.has(c.char));
  if (!characters) return undefined;
  const offsets = new Array<number>(value.length + 1);
  let k = 0;
  for (let i = 0; i < value.length; i++) {
    if (FOLDABLE.has(value[i]!)) continue;
    const found = characters[k++];
    if (!found || found.char !== value[i]) return undefined;
    offsets[i] = found.offset;
  }
  if (k !== characters.length) return undefined;
  offsets[value.length] = node.range![1];
  for (let i = value.length - 1; i >= 0; i--) offsets[i] ??= offsets[i + 1]!;
  return { offsetOf: (index) => offsets[Math.min(Math.max(index, 0), value.length)]! };
}
