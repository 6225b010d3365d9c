import type { Bracket } from '../model/document.js';
import { scanBrackets, type BracketSpan } from './brackets.js';

/**
 * The option an agreed bracket keeps (1-based), 0 when its language is dropped, or undefined
 * while the bracket is not settled. An agreed single-option bracket with no `agreedOption` keeps
 * its language: agreeing to "[optional language]" means accepting it.
 */
export function agreedChoice(span: BracketSpan, bracket: Bracket | undefined): number | undefined {
  if (bracket?.state !== 'agreed') return undefined;
  const choice = bracket.agreedOption ?? (span.options.length === 1 ? 1 : undefined);
  return choice !== undefined && choice <= span.options.length ? choice : undefined;
}

export type CleanResult = { ok: true; text: string } | { ok: false; unsettled: number[] };

const CLOSING_PUNCTUATION = /^[,;:.)]/;

/**
 * The clean text of a clause once every bracket is agreed: each bracket replaced by the option
 * kept (spaces around it trimmed), or removed together with the space it leaves doubled.
 * Returns the indices of the brackets not yet settled instead while any remain.
 */
export function cleanBrackets(text: string, brackets: readonly Bracket[] = []): CleanResult {
  const spans = scanBrackets(text).brackets;
  const choices = spans.map((span, i) => agreedChoice(span, brackets[i]));
  const unsettled = choices.flatMap((choice, i) => (choice === undefined ? [i] : []));
  if (unsettled.length > 0) return { ok: false, unsettled };
  let out = '';
  let from = 0;
  for (const [i, span] of spans.entries()) {
    const choice = choices[i]!;
    out += text.slice(from, span.start);
    from = span.end;
    if (choice > 0) {
      out += span.options[choice - 1]!.text.trim();
      continue;
    }
    const after = text.slice(span.end);
    if (out.endsWith(' ') && (after.startsWith(' ') || CLOSING_PUNCTUATION.test(after))) out = out.slice(0, -1);
    else if (out === '' && after.startsWith(' ')) from++;
  }
  return { ok: true, text: out + text.slice(from) };
}
