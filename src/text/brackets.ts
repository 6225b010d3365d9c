/**
 * Negotiation brackets as negotiators write them in a draft's text: "[optional language]" or
 * "[alternative 1 | alternative 2]". Brackets do not nest: alternatives are the options of one
 * bracket, which keeps every bracket answerable with a single choice.
 */

/** A stretch of the text, by offsets into it (end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

export interface BracketOption extends TextSpan {
  /** The option's wording as written, surrounding spaces included. */
  text: string;
}

export interface BracketSpan extends TextSpan {
  /** The options between `[` and `]`, split at `|`: one for optional language. */
  options: BracketOption[];
}

export interface BracketProblem {
  kind: 'unclosed' | 'unopened' | 'nested';
  /** Offset of the offending `[` or `]`. */
  offset: number;
}

export interface BracketScan {
  brackets: BracketSpan[];
  problems: BracketProblem[];
}

/** Finds every bracket in `text`, in order of appearance, and every `[`/`]` that does not pair up. */
export function scanBrackets(text: string): BracketScan {
  const brackets: BracketSpan[] = [];
  const problems: BracketProblem[] = [];
  let open: { start: number; separators: number[] } | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') {
      if (open) problems.push({ kind: 'nested', offset: i });
      else open = { start: i, separators: [] };
    } else if (c === '|' && open) {
      open.separators.push(i);
    } else if (c === ']') {
      if (!open) {
        problems.push({ kind: 'unopened', offset: i });
        continue;
      }
      const bounds = [open.start, ...open.separators, i];
      const options = bounds.slice(1).map((end, k) => {
        const start = bounds[k]! + 1;
        return { start, end, text: text.slice(start, end) };
      });
      brackets.push({ start: open.start, end: i + 1, options });
      open = undefined;
    }
  }
  if (open) problems.push({ kind: 'unclosed', offset: open.start });
  return { brackets, problems };
}

/** A few words of the text around `offset`, to show a person where in a long paragraph it is. */
export function excerptAt(text: string, offset: number, width = 30): string {
  const start = Math.max(0, offset - width);
  const end = Math.min(text.length, offset + width);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}
