import { MAX_DEPTH } from './parse-yaml.js';
/**
 * Whether js-yaml, the fast way in, reads a YAML text exactly as `yaml` does: the common ground
 * on which `parseWithJsYaml` may use it. Outside it, js-yaml is more lenient than `yaml` or reads differently:
 * anchors, aliases, tags, explicit keys and directives; tabs; a byte-order mark and carriage
 * returns (js-yaml drops the one and reads the other as a line break, so its offsets are not
 * `yaml`'s; the loader refuses both anyway); lines of nothing but spaces (which
 * decide a block scalar's indentation differently); a comment glued to a value; a list item with
 * nothing on its line, or only a comment; a comment in the first column within an indented
 * block; a quoted scalar or a flow collection running over several lines (js-yaml does not check
 * how their next lines are indented). Every test errs on the side of refusing: a refused text
 * only goes the slow way.
 *
 * The content of a block scalar (the lines after `key: >-` or `- |`) is text, not structure, so
 * it is not searched: notes with quotes in them stay on the fast path.
 */

/** A block scalar's header line: `key: >-`, `- |`; group 1 is the indentation and list dashes before the key, group 2 the key. */
const BLOCK_HEADER = /^([ ]*(?:-[ ]+)*)(?:([^\s#][^#]*?):[ ]+)?[|>]([1-9]?)[+-]?([1-9]?)[ ]*(?:#.*)?$/;

/**
 * Outside block scalars, forms that take a text off the common ground. Searched in the text
 * framed by newlines: patterns that start at a newline are found far faster than `^` with the
 * `m` flag, which is tried at every character.
 */
const OFF_GROUND = new RegExp(
  [
    /\n%/.source, // a directive
    /\n[ ]*-[ ]*(?:#[^\n]*)?(?=\n)/.source, // a list item with nothing on its line, or only a comment
    /["'\]}]#/.source, // a comment glued to a quote or a bracket
    /[\]}][ ]*:/.source, // a flow collection as a key
    /\n#[^\n]*\n(?:[ ]*(?:#[^\n]*)?\n)*[ ]+[^ \n#]/.source, // a comment in the first column inside an indented block
  ].join('|'),
);

/** Characters that can begin a node that js-yaml and `yaml` read differently, or a quoted scalar. */
const NODE_INDICATORS = /[&*!?"']/;

/**
 * Whether a node on this line begins with an anchor, alias, tag or explicit key, or is a quoted
 * scalar that does not close on the line. A node can begin at the start of the line, after list
 * dashes, and after `:`, `,`, `[` or `{` (also inside plain text: refusing too often is safe).
 */
function offGroundNode(line: string): boolean {
  let expectNode = true;
  for (let at = 0; at < line.length; at++) {
    const char = line[at]!;
    if (char === ' ') continue;
    if (char === '#' && (at === 0 || line[at - 1] === ' ')) return false;
    if (expectNode && '&*!?'.includes(char)) return true;
    if (expectNode && (char === '"' || char === "'")) {
      const close = closingQuote(line, at);
      if (close < 0) return true;
      at = close;
      expectNode = false;
    } else {
      expectNode = ':,[{'.includes(char) || (char === '-' && line[at + 1] === ' ' && line.slice(0, at).trim().replace(/-/g, '') === '');
    }
  }
  return false;
}

/** The offset of the quote that closes the one at `open`, or -1 when it does not close on the line. */
function closingQuote(line: string, open: number): number {
  const quote = line[open];
  for (let at = open + 1; at < line.length; at++) {
    if (quote === '"' && line[at] === '\\') at++;
    else if (line[at] === quote) {
      if (quote === "'" && line[at + 1] === "'") at++;
      else return at;
    }
  }
  return -1;
}

/**
 * The text without the content of its block scalars: every line after a header that is blank
 * or indented further than the key (or list dash) that owns it. Undefined for a header with an
 * explicit indentation (`|2`), whose content is harder to tell.
 */
function structure(text: string): string | undefined {
  if (!/[|>]/.test(text)) return text;
  const lines: string[] = [];
  let owner = -1;
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (owner >= 0 && (line.trim() === '' || indent > owner)) continue;
    owner = -1;
    lines.push(line);
    const header = /[|>]/.test(line) ? BLOCK_HEADER.exec(line) : null;
    if (!header) continue;
    if (header[3] || header[4]) return undefined;
    const before = header[1]!;
    owner = header[2] === undefined ? before.trimEnd().length - 1 : before.length;
  }
  return lines.join('\n');
}

/** Whether a flow collection (`[…]`, `{…}`) runs over several lines, nests near the depth limit, or its brackets do not pair. */
function flowRunsOverLines(text: string): boolean {
  let depth = 0;
  let opened = 0;
  for (const { 0: bracket, index } of text.matchAll(/[[\]{}]/g)) {
    if (bracket === '[' || bracket === '{') {
      // Nesting near the depth limit is for the \`yaml\` path to refuse, before js-yaml recurses into it.
      if (depth >= MAX_DEPTH) return true;
      if (depth++ === 0) opened = index;
    } else if (--depth < 0) return true;
    else if (depth === 0 && text.lastIndexOf('\n', index) > opened) return true;
  }
  return depth !== 0;
}

/**
 * Whether a line holds nothing but spaces. Such a line ends in " \n", or is the text's last and
 * the text ends in a space: the pattern is searched only then, as most texts have neither.
 */
function hasLineOfSpaces(text: string): boolean {
  return (text.includes(' \n') || text.endsWith(' ')) && /\n[ ]+(?=\n)/.test(`\n${text}\n`);
}

/** Whether a line of `structural` holding a node indicator begins an off-ground node there; only those lines are read. */
function hasOffGroundNode(structural: string): boolean {
  const indicators = new RegExp(NODE_INDICATORS.source, 'g');
  for (let found = indicators.exec(structural); found; found = indicators.exec(structural)) {
    const start = structural.lastIndexOf('\n', found.index) + 1;
    const next = structural.indexOf('\n', found.index);
    const end = next < 0 ? structural.length : next;
    if (offGroundNode(structural.slice(start, end))) return true;
    indicators.lastIndex = end;
  }
  return false;
}

/**
 * Whether js-yaml reads `text` exactly as `yaml` does (see the top of this file). Validating a
 * folder runs this on every file, so each search is made only where its pattern can be found.
 */
export function jsYamlReadsAlike(text: string): boolean {
  if (text.includes('\t') || text.includes('\r') || text.startsWith('\uFEFF') || hasLineOfSpaces(text)) return false;
  const structural = structure(text);
  if (structural === undefined || OFF_GROUND.test(`\n${structural}\n`) || flowRunsOverLines(structural)) return false;
  return !hasOffGroundNode(structural);
}
