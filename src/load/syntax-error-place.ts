import type { CST, YAMLError } from 'yaml';

/** Where a person must act on a YAML syntax error, and what to say there when the parser's words would mislead. */
export interface SyntaxErrorPlace {
  offset: number;
  message?: string;
  hint?: string;
}

const CLOSING: Record<string, [string, string, string]> = {
  'flow-seq-start': ['flow-seq-end', ']', 'list'],
  'flow-map-start': ['flow-map-end', '}', 'mapping'],
};

/**
 * The `[` or `{` that no matching bracket closes: the first (in the order of the text) closed by
 * the wrong bracket (`[a, b}`: the `]` is what is missing), else the first never closed. The
 * parser notices it only where the text can no longer belong to it, often at the end of the
 * file, and reports it there; the person needs the bracket that opened it. Iterative.
 */
export function unclosedFlowCollection(tokens: readonly CST.Token[]): CST.FlowCollection | undefined {
  const stack: Array<CST.Token | undefined> = [...tokens].reverse();
  let unclosed: CST.FlowCollection | undefined;
  while (stack.length > 0) {
    const token = stack.pop();
    if (token === undefined) continue;
    const children: Array<CST.Token | undefined> = [];
    if (token.type === 'document') children.push(token.value);
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (token.type === 'flow-collection') {
        const closing = CLOSING[token.start.type]?.[0];
        const end = token.end[0]?.type;
        if (end !== closing && (end === 'flow-seq-end' || end === 'flow-map-end')) return token;
        if (end !== closing) unclosed ??= token;
      }
      for (const item of token.items) {
        if ('key' in item && item.key) children.push(item.key);
        if (item.value) children.push(item.value);
      }
    }
    stack.push(...children.reverse());
  }
  return unclosed;
}

/** A quoted scalar whose closing quote is missing: its source runs to the end of what the lexer could read. */
function unclosedQuote(tokens: readonly CST.Token[], errorOffset: number): CST.FlowScalar | undefined {
  const stack: Array<CST.Token | undefined> = [...tokens];
  while (stack.length > 0) {
    const token = stack.pop();
    if (token === undefined) continue;
    if (token.type === 'document') stack.push(token.value);
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) stack.push('key' in item ? (item.key ?? undefined) : undefined, item.value);
    } else if ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && token.offset <= errorOffset && !isClosed(token.source)) {
      return token;
    }
  }
  return undefined;
}

function isClosed(source: string): boolean {
  const quote = source[0]!;
  if (source.length < 2 || !source.endsWith(quote)) return false;
  if (quote === "'") return true;
  let backslashes = 0;
  for (let i = source.length - 2; i > 0 && source[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

/** The offset of the first character of the first line after `offset` that holds more than blanks or a comment; undefined at the end. */
function nextContentLine(text: string, offset: number): number | undefined {
  let lineStart = text.indexOf('\n', offset) + 1;
  while (lineStart > 0 && lineStart < text.length) {
    const lineEnd = text.indexOf('\n', lineStart) >>> 0;
    const line = text.slice(lineStart, lineEnd);
    const content = line.search(/\S/);
    if (content >= 0 && line[content] !== '#') return lineStart + content;
    lineStart = text.indexOf('\n', lineStart) + 1;
  }
  return undefined;
}

/** The column (0-based) at which the keys of the line holding `offset` start: after its indentation and any `- `. */
function keyIndent(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ -]*/.exec(text.slice(lineStart, offset))![0].length;
}

/** Moves an offset that falls in the indentation (spaces) of a line to the line's first other character, where the key (or a tab) is. */
function pastIndentation(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) >>> 0;
  const line = text.slice(lineStart, lineEnd);
  const content = line.search(/[^ ]/);
  return content >= 0 && lineStart + content > offset && /^ *$/.test(text.slice(lineStart, offset)) ? lineStart + content : offset;
}

/**
 * Where a person must act on `error`, the parser's first error. The parser reports an unclosed
 * bracket or quote where the text stops fitting it (often the end of the file) and a key indented
 * too deep on the line before it (as part of the value there); the person needs the opening
 * bracket or quote, and the mis-indented line.
 */
export function syntaxErrorPlace(error: YAMLError, tokens: readonly CST.Token[], text: string): SyntaxErrorPlace {
  const at = error.pos[0];
  const flow = unclosedFlowCollection(tokens);
  const quote = unclosedQuote(tokens, at);
  // A quote left open inside a bracket leaves the bracket open too: the quote is the fault.
  if (quote && (!flow || quote.offset > flow.start.offset)) {
    return { offset: quote.offset, message: `this ${quote.source[0]} is never closed: the quoted text runs on to the end of the file`, hint: `close the text with ${quote.source[0]}` };
  }
  if (flow && flow.start.offset <= at) {
    const [, bracket, what] = CLOSING[flow.start.type]!;
    return {
      offset: flow.start.offset,
      message: `this ${flow.start.source} is never closed: the ${what} it opens has no ${bracket}`,
      hint: `close the ${what} with ${bracket} where it ends (and check its items for a missing comma or quote)`,
    };
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    const lineEnd = text.indexOf('\n', at) >>> 0;
    if (/:(?:[ \t]|$)/.test(text.slice(at, lineEnd))) {
      return { offset: at, message: 'this value holds a colon and a space (": "), which YAML reads as the start of a key', hint: 'put the value in quotes ("…"), or fold it with `>-` on the line of its key' };
    }
    const line = nextContentLine(text, at);
    const siblings = keyIndent(text, at);
    const own = line === undefined ? 0 : keyIndent(text, line);
    if (line !== undefined && own > siblings) {
      return {
        offset: line,
        message: `this line is indented ${own} space${own === 1 ? '' : 's'}, deeper than the key above it (${siblings}): YAML reads it as part of that key's value`,
        hint: `indent it ${siblings} space${siblings === 1 ? '' : 's'}, as the keys it belongs with; or, if it continues the text above, fold that text with \`>-\``,
      };
    }
  }
  return { offset: pastIndentation(text, at) };
}
